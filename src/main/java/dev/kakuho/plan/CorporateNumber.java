package dev.kakuho.plan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 13-digit 法人番号 whose first digit is the check digit: 9 − (Σ of the other 12 digits weighted
 * 1, 2, 1, 2, … from the right, mod 9).
 */
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CorporateNumber.Validator.class)
public @interface CorporateNumber {

    /** The digits; the check digit is what a pattern cannot say. */
    String PATTERN = "^[0-9]{13}$";

    String message() default "must be a 13-digit corporate number (法人番号) with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CorporateNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (!value.matches(PATTERN)) {
                return false;
            }
            int sum = 0;
            for (int n = 1; n <= 12; n++) {
                int digit = value.charAt(13 - n) - '0';
                sum += digit * (n % 2 == 1 ? 1 : 2);
            }
            return value.charAt(0) - '0' == 9 - sum % 9;
        }
    }
}
