-- P10: the publication rules of the registries, as data staff maintain. A field without a rule
-- is never published. Seeded from each registry's published policy (see tld_policy.policy_source).
CREATE TABLE tld_policy (
    tld           VARCHAR(63)  NOT NULL PRIMARY KEY,
    registry      VARCHAR(200) NOT NULL,
    policy_source VARCHAR(500) NOT NULL
);

CREATE TABLE tld_publication_rule (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tld          VARCHAR(63) NOT NULL,
    holder_kind  VARCHAR(20) NOT NULL,
    contact_role VARCHAR(20) NOT NULL,
    field        VARCHAR(20) NOT NULL,
    publication  VARCHAR(20) NOT NULL,
    CONSTRAINT uk_tld_rule UNIQUE (tld, holder_kind, contact_role, field),
    CONSTRAINT fk_tld_rule_policy FOREIGN KEY (tld) REFERENCES tld_policy (tld),
    CONSTRAINT ck_tld_rule_publication CHECK (publication IN ('ALWAYS', 'WITH_CONSENT', 'NEVER'))
);

-- P10: every change of a customer's publication consent: who, when, what.
CREATE TABLE whois_consent_change (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    domain_contact_id BIGINT       NOT NULL,
    consent           BOOLEAN      NOT NULL,
    changed_at        DATETIME(6)  NOT NULL,
    changed_by        VARCHAR(100) NOT NULL,
    CONSTRAINT fk_consent_change_contact FOREIGN KEY (domain_contact_id) REFERENCES domain_contact (id)
);
CREATE INDEX ix_consent_change_contact ON whois_consent_change (domain_contact_id, changed_at);

INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('com', 'Verisign (ICANN gTLD)', 'ICANN Registration Data Policy, in force since 21 August 2025: registrant name, street, city, postal code, phone and e-mail redacted unless the registrant consents; organisation, state/province and country published; no administrative contact; technical contact name, phone and e-mail only with consent.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('net', 'Verisign (ICANN gTLD)', 'ICANN Registration Data Policy, as .com.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('org', 'Public Interest Registry (ICANN gTLD)', 'ICANN Registration Data Policy, as .com.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('nl', 'SIDN', 'SIDN General Terms and Conditions for .nl registrants, art. 23: for a private registrant only the administrative contact e-mail address; for a business registrant also its name, and its address only if it chooses.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('eu', 'EURid', 'EURid WHOIS policy: registration data of natural persons hidden; for organisations the organisation, country and e-mail address.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('be', 'DNS Belgium', 'DNS Belgium since 25 May 2018: nothing of private registrants; for organisations the organisation data except the contact person name and personal e-mail addresses.');
INSERT INTO tld_policy (tld, registry, policy_source) VALUES ('de', 'DENIC', 'DENIC since 25 May 2018: no holder or contact data in the public WHOIS.');

INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'NATURAL_PERSON', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('com', 'ORGANISATION', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'NATURAL_PERSON', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('net', 'ORGANISATION', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'REGISTRANT', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'NATURAL_PERSON', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'TECHNICAL', 'NAME', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'TECHNICAL', 'PHONE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('org', 'ORGANISATION', 'TECHNICAL', 'EMAIL', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'NATURAL_PERSON', 'ADMINISTRATIVE', 'EMAIL', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'ADMINISTRATIVE', 'EMAIL', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'NAME', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'STREET', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'POSTAL_CODE', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'CITY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('nl', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'WITH_CONSENT');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('eu', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('eu', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('eu', 'ORGANISATION', 'REGISTRANT', 'EMAIL', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'ORGANISATION', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'STREET', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'POSTAL_CODE', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'CITY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'COUNTRY', 'ALWAYS');
INSERT INTO tld_publication_rule (tld, holder_kind, contact_role, field, publication) VALUES ('be', 'ORGANISATION', 'REGISTRANT', 'PHONE', 'ALWAYS');
