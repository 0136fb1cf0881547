-- Refused secrets per form: each refusal gives the form back for another try, up to five;
-- the fifth leaves it used, so a form cannot check keys or tokens without end.
ALTER TABLE form_nonces ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
