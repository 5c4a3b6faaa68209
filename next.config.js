// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.ts compresses, after it has given error documents their text.
  compress: false,
  reactStrictMode: true,
  // Types are checked by `npm run check` (and CI) over the whole project; repeating it inside every
  // build would add half a minute to a user's first `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Prisma's driver adapter and argon2's native binding must stay as Node packages, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
