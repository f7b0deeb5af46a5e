-- P10: SIDN's rule for a business .nl registrant publishes the registrant's name, which for a
-- business is the organisation's name (the ORGANISATION field, published already). The NAME
-- field holds the contact person at that business: a natural person whose name SIDN does not
-- publish. The rule that published it went further than its own source text; it goes.
DELETE FROM tld_publication_rule
 WHERE tld = 'nl' AND holder_kind = 'ORGANISATION' AND contact_role = 'REGISTRANT' AND field = 'NAME';
UPDATE tld_policy
   SET policy_source = 'SIDN General Terms and Conditions for .nl registrants, art. 23: for a private registrant only the administrative contact e-mail address; for a business registrant also its name (the organisation''s name, not that of its contact person), and its address only if it chooses.'
 WHERE tld = 'nl';
