package dev.kakuho.plan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A plan period cannot end before it starts; the violation is reported on {@code end}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PeriodInOrder.Validator.class)
public @interface PeriodInOrder {

    String message() default "must not be before period.start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PeriodInOrder, Period> {

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            if (period.getStart() == null || period.getEnd() == null || !period.getEnd().isBefore(period.getStart())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("end")
                    .addConstraintViolation();
            return false;
        }
    }
}
