package nl.provalue.privacy.domain.customer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * P1: contact details the provider can use: a postal code of the country, a phone number it can
 * call and an e-mail address with a domain ({@link ContactRules}). Each broken rule is reported on its own field.
 */
@Documented
@Constraint(validatedBy = ValidContact.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidContact {

    String message() default "{contact.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks {@link ContactRules} and names the field at fault. */
    class Check implements ConstraintValidator<ValidContact, ContactDetails> {
        @Override
        public boolean isValid(ContactDetails c, ConstraintValidatorContext context) {
            if (c == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (!ContactRules.postalCodeFits(c.countryCode(), c.postalCode())) {
                context.buildConstraintViolationWithTemplate("{contact.postalCode.invalid}")
                        .addPropertyNode("postalCode")
                        .addConstraintViolation();
                valid = false;
            }
            if (!ContactRules.phoneNumberFits(c.countryCode(), c.phone())) {
                context.buildConstraintViolationWithTemplate("{contact.phone.invalid}")
                        .addPropertyNode("phone")
                        .addConstraintViolation();
                valid = false;
            }
            if (!ContactRules.isEmailAddress(c.email())) {
                context.buildConstraintViolationWithTemplate("{contact.email.invalid}")
                        .addPropertyNode("email")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
