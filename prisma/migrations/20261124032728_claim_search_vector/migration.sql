-- AlterTable
-- Hand-edited (Prisma cannot express generated columns): the claim's
-- full-text vector holds German and English stems of its words, so one query
-- parsed with both configurations finds claims in either language.
ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    to_tsvector('german'::regconfig, "text") || to_tsvector('english'::regconfig, "text")
) STORED;

-- CreateIndex
CREATE INDEX "claims_search_vector_idx" ON "claims" USING GIN ("search_vector");
