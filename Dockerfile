# Build stage: the same build command the README gives.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
RUN cargo build --release --locked \
    && mkdir -p /data

# Runtime stage: distroless (glibc, no shell, no package manager), non-root, data on a volume.
# TLS roots are compiled into the binary (rustls with webpki roots) and SQLite is bundled.
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/assistants-bot /usr/local/bin/assistants-bot
COPY --from=build --chown=65532:65532 /data /data
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:///data/assistants-bot.db
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/assistants-bot"]
