# syntax=docker/dockerfile:1
# Build stage: compiles and packages LiveOps. The tests do not run here (-DskipTests); CI runs them with `mvn -B verify`.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# Dependencies and plugins in a layer of their own, rebuilt only when pom.xml changes. Packaging the bare pom resolves
# everything `package` uses, plugins' own dependencies included (dependency:go-offline misses some), so the package
# of the sources below runs offline (-o).
RUN mvn -B -ntp package -DskipTests && rm -rf target
COPY src ./src
RUN mvn -B -ntp -o package -DskipTests

# Runtime stage: a JRE only, a non-root user, config and data on volumes. No secret is baked in:
# bot-config.json refers to ${ENV_VAR}s that `docker run -e` (or an env file) supplies.
FROM eclipse-temurin:17.0.15_6-jre
# Charts are drawn headless; text needs fontconfig and a font, which the slim JRE image lacks.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system liveops \
 && useradd --system --gid liveops --uid 10001 --home-dir /data --shell /usr/sbin/nologin liveops \
 && mkdir -p /app /config /data \
 && chown liveops:liveops /data \
 && ln -s /data /app/data
COPY --from=build /src/target/liveops.jar /app/liveops.jar
# Class data sharing: one offline demo run of `list` and `read` records the classes they load into /app/liveops.jsa,
# which every start then maps instead of loading and verifying them again (a third less start-up CPU; see README,
# Performance). The archive belongs to this jar and this JRE; the build fails rather than ship without it.
RUN cd /tmp && printf 'list\nread momentum\n' | java -XX:ArchiveClassesAtExit=/app/liveops.jsa -XX:+UseSerialGC -Xss512k -jar /app/liveops.jar \
      >/dev/null 2>&1; rm -rf /tmp/data && test -s /app/liveops.jsa
USER liveops
# /config holds bot-config.json (read-only is fine). The working directory is /app, whose data/ is the /data volume:
# the default store (store.url jdbc:sqlite:data/liveops.db) is /data/liveops.db, and the console's log /data/liveops.log.
VOLUME ["/config", "/data"]
WORKDIR /app
# 9464: the ops listener (/healthz, /readyz, /metrics), opened on every interface by --ops-port and --ops-bind below,
# so Prometheus in another container can scrape it. 3000: Slack's HTTP mode, when configured.
EXPOSE 9464 3000
# JVM flags sit here rather than in JAVA_TOOL_OPTIONS, which makes every java command print "Picked up ...". This
# replaces the base image's entrypoint, so its USE_SYSTEM_CA_CERTS option does not apply.
# The memory options are the launcher's (./liveops) for `run`: the serial collector, a heap that starts small and gives
# memory back, an 8 MiB young generation, smaller thread stacks and two malloc arenas (see bench/README.md, "Start-up
# and memory"); the container's limit sets the ceiling through MaxRAMPercentage. A shell runs java (exec: java is
# still PID 1 and gets SIGTERM) only so that LIVEOPS_JAVA_OPTS comes last and wins, as it does with the launcher.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["/bin/sh", "-c", "exec java -XX:SharedArchiveFile=/app/liveops.jsa -XX:+UseSerialGC -Xms16m -XX:MaxNewSize=8m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k -XX:MaxRAMPercentage=75 -Djava.awt.headless=true ${LIVEOPS_JAVA_OPTS:-} -jar /app/liveops.jar \"$@\"", "liveops"]
CMD ["run", "--config", "/config/bot-config.json", "--ops-port", "9464", "--ops-bind", "0.0.0.0"]
# LiveOps asks its own /healthz (exit 0 on HTTP 200) in a small, short-lived JVM: no curl needed (the base image
# still ships curl and wget for its own reasons; nothing here relies on them).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-jar", "/app/liveops.jar", "health", "--port", "9464"]
