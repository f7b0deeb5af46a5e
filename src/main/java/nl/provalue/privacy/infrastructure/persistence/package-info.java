/**
 * Storage outside the JPA model: the letters and e-mails items came from
 * ({@code JdbcDocumentStore}, P1) and the orders attached to disclosure requests
 * ({@code JdbcAttachmentStore}, P11), streamed through JDBC in parts ({@code BlobParts},
 * {@code SpooledUpload}) so a 25 MB document is never held whole nor refused by the database;
 * {@code SchemaMigration} (Flyway, then Hibernate's validation); {@code SqlTime}. Uses only
 * {@code application.desk} ({@code DocumentStore}, {@code PrivacyDesk}) and
 * {@code domain.disclosure} ({@code AttachmentStore}, {@code Attachment}).
 */
package nl.provalue.privacy.infrastructure.persistence;
