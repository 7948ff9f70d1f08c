-- A continuation may continue a claim with a higher id: re-extraction keeps a
-- reviewed continuation and recreates the claim it continues. The backup import
-- restores claims in id order, so it defers this key to the end of its
-- transaction (SET CONSTRAINTS ALL DEFERRED). Prisma's schema cannot express
-- DEFERRABLE, and every other statement still checks the key at once.
ALTER TABLE "claims" ALTER CONSTRAINT "claims_continues_id_fkey" DEFERRABLE INITIALLY IMMEDIATE;
