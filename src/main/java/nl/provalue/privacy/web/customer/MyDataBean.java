package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.web.Pages;

/** "My data": what is held about the customer, and the form to correct the contact details. */
@Named
@ViewScoped
public class MyDataBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of(
            "fullName", "organisation", "street", "postalCode", "city", "countryCode", "phone", "email");

    private Profile profile;
    private ContactForm form;

    public void load() {
        profile = myData.profile(caller.customerId());
        form = ContactForm.of(profile.contact());
    }

    /** Saves the corrected contact details; the form's own validation has run before this. */
    public void save() {
        try {
            int changed = myData.correctContact(caller.customerId(), form.toDetails());
            profile = myData.profile(caller.customerId());
            form = ContactForm.of(profile.contact());
            if (changed == 0) {
                Pages.info("mydata.saved.nothing");
            } else {
                Pages.info(nl.provalue.privacy.web.Formats.countKey(changed, "mydata.saved"), changed);
            }
        } catch (ConstraintViolationException e) {
            // One message per field, at the field (the rules that need two fields, such as a
            // postal code of the country, are the domain's and come back from it).
            e.getConstraintViolations().forEach(v -> {
                String field = v.getPropertyPath().toString();
                if (FORM_FIELDS.contains(field)) {
                    Pages.fieldError("contact:" + field, v.getMessageTemplate());
                } else {
                    Pages.error(null, "mydata.invalid", v.getMessage());
                }
            });
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Profile getProfile() {
        return profile;
    }

    public ContactForm getForm() {
        return form;
    }
}
