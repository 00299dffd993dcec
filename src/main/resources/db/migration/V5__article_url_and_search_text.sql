-- The article's address, for linked titles, and its words as search reads them: lower-case
-- letters and digits between single spaces, so that "LIKE '% rail%'" finds words starting
-- with "rail". Versions stored before this migration are searchable by their title only.
ALTER TABLE article_version ADD COLUMN url VARCHAR(2048);
ALTER TABLE article_version ADD COLUMN search_text VARCHAR(8192) DEFAULT '' NOT NULL;
UPDATE article_version SET search_text = ' ' || LOWER(title) || ' ';
