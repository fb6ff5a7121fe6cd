# syntax=docker/dockerfile:1

# A Java service with a custom runtime made by jlink.
# The idea: a full JDK is ~400 MB, yet an app uses a few of its modules. jdeps lists them,
# jlink builds a Java runtime of just those, and the final image carries that runtime.

# build compiles the jar with Maven and the full JDK.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests && cp target/*.jar /app.jar

# jre asks jdeps which modules the jar needs and links a runtime of only those.
FROM eclipse-temurin:21-jdk AS jre
COPY --from=build /app.jar /app.jar
RUN jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /app.jar > /modules.txt \
    && jlink --add-modules "$(cat /modules.txt)" --strip-debug --no-man-pages --no-header-files \
       --compress=zip-6 --output /jre

# runtime has the small runtime and the jar: no JDK, no Maven.
FROM debian:bookworm-slim AS runtime
ENV JAVA_HOME=/opt/jre
ENV PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /jre /opt/jre
COPY --from=build /app.jar /app/app.jar
USER nobody
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
