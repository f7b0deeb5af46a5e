-- Changes the provider's customer system makes are recorded like the customer's own corrections
-- (P1), with what they concern: a domain name and one of its contacts, a mailbox or a website.
ALTER TABLE contact_change ADD COLUMN subject VARCHAR(254);
ALTER TABLE contact_change ADD COLUMN subject_role VARCHAR(20);
ALTER TABLE contact_change MODIFY old_value VARCHAR(1000);
ALTER TABLE contact_change MODIFY new_value VARCHAR(1000);

-- P1: how a customer's contact details as they are now reached the provider (the web form, or the
-- provider's customer system; the desk records its own items).
ALTER TABLE customer ADD COLUMN contact_source VARCHAR(20) NOT NULL DEFAULT 'WEB_FORM';
