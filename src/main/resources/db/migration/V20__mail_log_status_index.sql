-- P4: the mail page's status filter and the list of statuses a customer's log holds. With the
-- status right after the customer, MariaDB lists the distinct statuses by skipping through the
-- index (a handful of reads, not one per line) and pages a status filter from its cursor on.
CREATE INDEX ix_mail_log_customer_status ON mail_log_entry (customer_id, status, sent_at, id);
