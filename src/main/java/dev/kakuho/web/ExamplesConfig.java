package dev.kakuho.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The example plans offered on the page ({@code examples.*}, environment {@code EXAMPLES_*}). */
@ConfigMapping(prefix = "examples")
public interface ExamplesConfig {

    /** The folder of {@code <activity>/<name>.plan.json} files; relative to the working directory. */
    @WithDefault("examples")
    Path dir();
}
