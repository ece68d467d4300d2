# syntax=docker/dockerfile:1
# Build stage: the same Maven build as on a developer machine, tests included.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

# Runtime stage: a JRE only, a non-root user, config and data on volumes. No secret is baked in:
# bot-config.json refers to ${ENV_VAR}s that `docker run -e` (or an env file) supplies.
FROM eclipse-temurin:17-jre-jammy
RUN groupadd --system liveops \
 && useradd --system --gid liveops --uid 10001 --home-dir /data --shell /usr/sbin/nologin liveops \
 && mkdir -p /config /data \
 && chown liveops:liveops /data
COPY --from=build /src/target/liveops.jar /app/liveops.jar
USER liveops
# /config holds bot-config.json (read-only is fine); /data holds the SQLite store (store.url jdbc:sqlite:/data/liveops.db).
VOLUME ["/config", "/data"]
WORKDIR /data
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/liveops.jar"]
CMD ["run", "--config", "/config/bot-config.json"]
