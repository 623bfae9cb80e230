# Builds the app from source; docker-compose.yml runs it next to MariaDB.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl app -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app hemvag
WORKDIR /app
COPY --from=build /src/app/target/hemvag-app-*.jar /app/hemvag.jar
USER hemvag
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/hemvag.jar"]
