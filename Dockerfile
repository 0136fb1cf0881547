# Build stage: the same build command the README gives.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
RUN cargo build --release --locked

# Runtime stage: small, non-root, data on a volume.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data bot \
    && mkdir -p /data && chown bot /data
COPY --from=build /src/target/release/assistants-bot /usr/local/bin/assistants-bot
USER bot
WORKDIR /data
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:///data/assistants-bot.db
ENTRYPOINT ["/usr/local/bin/assistants-bot"]
