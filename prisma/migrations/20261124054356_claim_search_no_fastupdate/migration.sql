-- AlterIndex
-- Ingestion looks up candidate claims in this index once per stored article (cross-article linking).
-- With GIN's fast update, new entries wait in a pending list that every lookup scans whole: with
-- a few thousand claims added since the last flush each lookup took 10-800 ms. Entries now go
-- straight into the index (a little more work per insert, lookups stay index-only).
ALTER INDEX "claims_search_vector_idx" SET (fastupdate = off);
