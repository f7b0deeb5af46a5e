-- The publication rules of each registry as the customer reads them on a Dutch screen; the
-- English text stays for English screens and the public RDAP answer.
ALTER TABLE tld_policy ADD COLUMN policy_source_nl VARCHAR(500);

UPDATE tld_policy SET policy_source_nl = 'ICANN-beleid voor registratiegegevens, van kracht sinds 21 augustus 2025: naam, straat, plaats, postcode, telefoon en e-mailadres van de houder worden afgeschermd tenzij de houder toestemming geeft; organisatie, staat of provincie en land worden gepubliceerd; geen administratief contact; naam, telefoon en e-mailadres van het technisch contact alleen met toestemming.' WHERE tld = 'com';
UPDATE tld_policy SET policy_source_nl = 'ICANN-beleid voor registratiegegevens, zoals bij .com.' WHERE tld IN ('net', 'org');
UPDATE tld_policy SET policy_source_nl = 'Algemene voorwaarden van SIDN voor houders van een .nl-domeinnaam, art. 23: van een particuliere houder alleen het e-mailadres van het administratief contact; van een zakelijke houder ook de naam (die van de organisatie, niet van de contactpersoon), en het adres alleen als de houder dat wil.' WHERE tld = 'nl';
UPDATE tld_policy SET policy_source_nl = 'WHOIS-beleid van EURid: registratiegegevens van natuurlijke personen worden afgeschermd; van organisaties de organisatie, het land en het e-mailadres.' WHERE tld = 'eu';
UPDATE tld_policy SET policy_source_nl = 'DNS Belgium sinds 25 mei 2018: niets van particuliere houders; van organisaties de organisatiegegevens, behalve de naam van de contactpersoon en persoonlijke e-mailadressen.' WHERE tld = 'be';
UPDATE tld_policy SET policy_source_nl = 'DENIC sinds 25 mei 2018: geen gegevens van houder of contactpersonen in de openbare WHOIS.' WHERE tld = 'de';
-- A registry added later without its rules in Dutch would show English on a Dutch screen.
UPDATE tld_policy SET policy_source_nl = policy_source WHERE policy_source_nl IS NULL;
ALTER TABLE tld_policy MODIFY policy_source_nl VARCHAR(500) NOT NULL;
