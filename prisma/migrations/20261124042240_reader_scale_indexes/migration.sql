-- CreateIndex
-- The claim page looks up the first appearance of the same words (claims.text = $1): a hash index, since claim texts can exceed a btree entry.
CREATE INDEX "claims_text_idx" ON "claims" USING HASH ("text");
