-- CreateEnum
CREATE TYPE "party_kind" AS ENUM ('government', 'agency', 'outlet', 'group', 'author');

-- CreateEnum
CREATE TYPE "actor_kind" AS ENUM ('person', 'institution');

-- CreateEnum
CREATE TYPE "claim_kind" AS ENUM ('direct', 'indirect', 'mixed', 'reported', 'author');

-- CreateEnum
CREATE TYPE "review_status" AS ENUM ('machine', 'confirmed', 'corrected', 'rejected');

-- CreateEnum
CREATE TYPE "relation_type" AS ENUM ('denies', 'doubts', 'contradicts', 'supports');

-- CreateEnum
CREATE TYPE "relation_origin" AS ENUM ('machine', 'editor');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('editor', 'admin');

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "language" VARCHAR(8),
    "published_at" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "paragraphs" JSONB NOT NULL DEFAULT '[]',
    "extraction_version" TEXT,
    "extracted_at" TIMESTAMPTZ(3),
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    -- Hand-edited (Prisma cannot express generated columns): the full-text
    -- vector is computed by PostgreSQL from the article's language, title and text.
    "search_vector" tsvector GENERATED ALWAYS AS (
        to_tsvector(
            CASE "language" WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
            coalesce("title", '') || ' ' || "text"
        )
    ) STORED,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parties" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "party_kind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_aliases" (
    "id" SERIAL NOT NULL,
    "party_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "lang" VARCHAR(8),

    CONSTRAINT "party_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "actor_kind" NOT NULL,
    "party_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "lang" VARCHAR(8),

    CONSTRAINT "actor_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" "claim_kind" NOT NULL,
    "cue_text" TEXT,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "cue_parts" JSONB,
    "speaker_text" TEXT,
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,
    "actor_id" INTEGER,
    "party_id" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "unsourced" BOOLEAN NOT NULL DEFAULT false,
    "hedged" BOOLEAN NOT NULL DEFAULT false,
    "distanced" JSONB NOT NULL DEFAULT '[]',
    "status" "review_status" NOT NULL DEFAULT 'machine',
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewed_by_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_relays" (
    "claim_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "party_id" INTEGER NOT NULL,

    CONSTRAINT "claim_relays_pkey" PRIMARY KEY ("claim_id","position")
);

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" SERIAL NOT NULL,
    "from_id" INTEGER NOT NULL,
    "to_id" INTEGER NOT NULL,
    "type" "relation_type" NOT NULL,
    "cue_text" TEXT,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "confidence" DOUBLE PRECISION NOT NULL,
    "status" "review_status" NOT NULL DEFAULT 'machine',
    "origin" "relation_origin" NOT NULL DEFAULT 'machine',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'editor',
    "password_hash" TEXT NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "sid" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("sid")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "articles_created_at_idx" ON "articles"("created_at");

-- CreateIndex
CREATE INDEX "articles_outlet_idx" ON "articles"("outlet");

-- CreateIndex
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "parties_key_key" ON "parties"("key");

-- CreateIndex
CREATE INDEX "party_aliases_normalized_idx" ON "party_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "party_aliases_party_id_alias_key" ON "party_aliases"("party_id", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "actors_key_key" ON "actors"("key");

-- CreateIndex
CREATE INDEX "actors_party_id_idx" ON "actors"("party_id");

-- CreateIndex
CREATE INDEX "actor_aliases_normalized_idx" ON "actor_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "actor_aliases_actor_id_alias_key" ON "actor_aliases"("actor_id", "alias");

-- CreateIndex
CREATE INDEX "claims_party_id_idx" ON "claims"("party_id");

-- CreateIndex
CREATE INDEX "claims_actor_id_idx" ON "claims"("actor_id");

-- CreateIndex
CREATE INDEX "claims_status_idx" ON "claims"("status");

-- CreateIndex
CREATE INDEX "claims_article_id_start_idx" ON "claims"("article_id", "start");

-- CreateIndex
CREATE UNIQUE INDEX "claims_article_id_ordinal_key" ON "claims"("article_id", "ordinal");

-- CreateIndex
CREATE INDEX "claim_relays_party_id_idx" ON "claim_relays"("party_id");

-- CreateIndex
CREATE INDEX "claim_relations_to_id_idx" ON "claim_relations"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_from_id_to_id_type_key" ON "claim_relations"("from_id", "to_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "audit_entries_entity_type_entity_id_idx" ON "audit_entries"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_entries_user_id_idx" ON "audit_entries"("user_id");

-- CreateIndex
CREATE INDEX "audit_entries_created_at_idx" ON "audit_entries"("created_at");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_aliases" ADD CONSTRAINT "party_aliases_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actors" ADD CONSTRAINT "actors_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relays" ADD CONSTRAINT "claim_relays_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relays" ADD CONSTRAINT "claim_relays_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
