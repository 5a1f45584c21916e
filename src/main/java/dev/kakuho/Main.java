package dev.kakuho;

import dev.kakuho.rules.EarlyRuleLoad;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts compiling the rules, then the service: the two overlap, so the first evaluation comes sooner. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EarlyRuleLoad.begin();
        Quarkus.run(args);
    }
}
