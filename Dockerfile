# syntax=docker/dockerfile:1
# Digest Bot: the fat jar built with Maven, run on a JRE as a non-root user.
#
#   docker build -t digestbot .
#   docker run -d --user "$(id -u):$(id -g)" \
#     -v "$PWD/content:/app/content" -v "$PWD/data:/app/data" digestbot

FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src ./src
# the built-in templates go into the jar, as fallbacks for an operator's templates folder
COPY templates ./templates
# The cache mount keeps downloaded dependencies between builds. Formatting is checked by
# `mvn verify` in CI, not when building the image.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 digestbot \
    && useradd --system --uid 10001 --gid digestbot --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin digestbot
WORKDIR /app
COPY --from=build /src/target/digestbot.jar /app/digestbot.jar
COPY config/ /app/config/
COPY templates/ /app/templates/
# Created here so fresh named volumes start out owned by the bot's user.
RUN mkdir -p /app/content/inbox /app/content/failed /app/data \
    && chown -R digestbot:digestbot /app/content /app/data
USER digestbot
VOLUME ["/app/content", "/app/data"]
# Destinations without a timezone read their cron in this zone; override with -e TZ=...
ENV TZ=UTC
# The web pages (subscribe, confirm, unsubscribe, /health) listen on every interface of the
# container; publish the port to reach them, and set DIGESTBOT_WEB_BASE_URL to the public address.
ENV DIGESTBOT_WEB_BIND=0.0.0.0:8080
# fewer glibc malloc arenas: less native memory left behind after a burst (BENCHMARKS.md)
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080

# `digestbot status` reads the database (through H2's AUTO_SERVER while `run` holds it) and
# exits non-zero when it cannot. The JRE image has no HTTP client to ask /health with.
HEALTHCHECK --interval=1m --timeout=20s --start-period=30s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-jar", "/app/digestbot.jar", "status"]

# Exec form, so the JVM is PID 1 and gets SIGTERM for a graceful shutdown. Extra JVM flags go
# in JDK_JAVA_OPTIONS. The native heap is trimmed every two seconds, so that the memory a burst
# of work leaves behind goes back to the system.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx96m", "-XX:+ExitOnOutOfMemoryError", \
    "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=2000", "-jar", "/app/digestbot.jar"]
CMD ["run"]
