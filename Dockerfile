# Builds the app from source; docker-compose.yml runs it next to MariaDB.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the dependencies first, in a layer of their own: a change in the code does not fetch them again
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY app/pom.xml app/pom.xml
RUN ./mvnw -B -q -pl app -am dependency:go-offline
COPY . .
RUN ./mvnw -B -q -pl app -am package -DskipTests \
 && java -Djarmode=tools -jar app/target/hemvag-app.jar extract --destination /hemvag

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app hemvag
WORKDIR /app
# the jar extracted (the application jar beside its libraries): it starts about a fifth faster than
# the packaged jar, which reads nested jars (BENCHMARKS.md, start and memory)
COPY --from=build /hemvag /app
USER hemvag
EXPOSE 8080
# the heap follows the container's memory limit; the serial collector suits two cores and a small heap
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC"
ENTRYPOINT ["java", "-jar", "/app/hemvag-app.jar"]
