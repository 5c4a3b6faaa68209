-- Search (issue 3): trigram indexes so the header search and the name filters use an index
-- rather than scanning every row. pg_trgm ships with PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Footprint_name_trgm" ON "Footprint" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Organisation_name_trgm" ON "Organisation" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Network_name_trgm" ON "Network" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Person_givenName_trgm" ON "Person" USING gin ("givenName" gin_trgm_ops);
CREATE INDEX "Person_familyName_trgm" ON "Person" USING gin ("familyName" gin_trgm_ops);
