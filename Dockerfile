# WatchBot: build and test with the SDK, run on the ASP.NET runtime image as a non-root user.
# The commands are the ones .ci/run runs, so the image is what CI tested.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore WatchBot.sln
RUN dotnet build WatchBot.sln -c Release --no-restore -warnaserror
RUN dotnet test WatchBot.sln -c Release --no-build --logger trx --results-directory artifacts/test-results
RUN dotnet publish src/WatchBot/WatchBot.csproj -c Release -o artifacts/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /src/artifacts/publish .

# Sessions and scheduled jobs live in /app/data: mount a volume there to keep them across upgrades.
RUN mkdir -p /app/data && chown app:app /app/data
VOLUME /app/data

# All configuration comes from environment variables (Section__Key); secrets never go in the image.
ENV Storage__SqlitePath=/app/data/watchbot.db \
    Scheduling__SqlitePath=/app/data/quartz.db \
    DOTNET_gcServer=0

# The runtime image's built-in unprivileged user.
USER app
ENTRYPOINT ["dotnet", "WatchBot.dll"]
