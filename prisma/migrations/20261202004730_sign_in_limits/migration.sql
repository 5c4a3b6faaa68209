-- DropTable
DROP TABLE "SignInThrottle";

-- CreateTable
CREATE TABLE "SignInLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("key")
);
