# WatchBot: build and test with the SDK, run on the ASP.NET runtime image as a non-root user.
# The commands are the ones .ci/run runs, so the image is what CI tested (DockerfileTests checks both).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Fonts for the recap's picture (SkiaSharp without fontconfig loads these files): the same packages .ci/run installs.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-color-emoji && rm -rf /var/lib/apt/lists/*

# Restore from the project files alone, so this layer is reused until a project or a package
# version changes, not on every source edit.
COPY WatchBot.sln Directory.Build.props Directory.Packages.props global.json BannedSymbols.txt .editorconfig ./
COPY tests/Directory.Build.props tests/
COPY src/WatchBot/WatchBot.csproj src/WatchBot/
COPY src/WatchBot.Calendar/WatchBot.Calendar.csproj src/WatchBot.Calendar/
COPY src/WatchBot.Core/WatchBot.Core.csproj src/WatchBot.Core/
COPY src/WatchBot.Discord/WatchBot.Discord.csproj src/WatchBot.Discord/
COPY src/WatchBot.Engine/WatchBot.Engine.csproj src/WatchBot.Engine/
COPY src/WatchBot.Http/WatchBot.Http.csproj src/WatchBot.Http/
COPY src/WatchBot.Pictures/WatchBot.Pictures.csproj src/WatchBot.Pictures/
COPY src/WatchBot.Platform/WatchBot.Platform.csproj src/WatchBot.Platform/
COPY src/WatchBot.Scheduling/WatchBot.Scheduling.csproj src/WatchBot.Scheduling/
COPY src/WatchBot.Slack/WatchBot.Slack.csproj src/WatchBot.Slack/
COPY src/WatchBot.Storage/WatchBot.Storage.csproj src/WatchBot.Storage/
COPY tests/WatchBot.Calendar.Tests/WatchBot.Calendar.Tests.csproj tests/WatchBot.Calendar.Tests/
COPY tests/WatchBot.Contract.Tests/WatchBot.Contract.Tests.csproj tests/WatchBot.Contract.Tests/
COPY tests/WatchBot.Core.Tests/WatchBot.Core.Tests.csproj tests/WatchBot.Core.Tests/
COPY tests/WatchBot.Discord.Tests/WatchBot.Discord.Tests.csproj tests/WatchBot.Discord.Tests/
COPY tests/WatchBot.Emulators/WatchBot.Emulators.csproj tests/WatchBot.Emulators/
COPY tests/WatchBot.Engine.Tests/WatchBot.Engine.Tests.csproj tests/WatchBot.Engine.Tests/
COPY tests/WatchBot.Failover.Tests/WatchBot.Failover.Tests.csproj tests/WatchBot.Failover.Tests/
COPY tests/WatchBot.Host.Tests/WatchBot.Host.Tests.csproj tests/WatchBot.Host.Tests/
COPY tests/WatchBot.Pictures.Tests/WatchBot.Pictures.Tests.csproj tests/WatchBot.Pictures.Tests/
COPY tests/WatchBot.Platform.Tests/WatchBot.Platform.Tests.csproj tests/WatchBot.Platform.Tests/
COPY tests/WatchBot.Scheduling.Tests/WatchBot.Scheduling.Tests.csproj tests/WatchBot.Scheduling.Tests/
COPY tests/WatchBot.Slack.Tests/WatchBot.Slack.Tests.csproj tests/WatchBot.Slack.Tests/
COPY tests/WatchBot.Storage.Tests/WatchBot.Storage.Tests.csproj tests/WatchBot.Storage.Tests/
COPY tests/WatchBot.Testing/WatchBot.Testing.csproj tests/WatchBot.Testing/
COPY bench/WatchBot.Bench.Common/WatchBot.Bench.Common.csproj bench/WatchBot.Bench.Common/
COPY bench/WatchBot.Bench.Crypto/WatchBot.Bench.Crypto.csproj bench/WatchBot.Bench.Crypto/
COPY bench/WatchBot.Bench.Discord/WatchBot.Bench.Discord.csproj bench/WatchBot.Bench.Discord/
COPY bench/WatchBot.Bench.Memory/WatchBot.Bench.Memory.csproj bench/WatchBot.Bench.Memory/
COPY bench/WatchBot.Bench.Slack/WatchBot.Bench.Slack.csproj bench/WatchBot.Bench.Slack/
RUN dotnet restore WatchBot.sln

COPY . .
RUN dotnet build WatchBot.sln -c Release --no-restore -warnaserror
RUN dotnet test WatchBot.sln -c Release --no-build --logger trx --results-directory artifacts/test-results
RUN dotnet publish src/WatchBot/WatchBot.csproj -c Release -o artifacts/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Fonts for the recap's picture (SkiaSharp without fontconfig loads these files): the same packages .ci/run installs.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-color-emoji && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/artifacts/publish .

# Sessions and scheduled jobs live in /app/data: mount a volume there to keep them across upgrades.
RUN mkdir -p /app/data && chown app:app /app/data
VOLUME /app/data

# All configuration comes from environment variables (Section__Key); secrets never go in the image.
# Http__Urls is where the HTTP transports (Discord interactions, Slack events) listen: every
# interface, port 8080, which the runtime image's non-root user may bind.
# Http__Health=Always serves /healthz/live and /healthz/ready even when no platform needs the port
# (a gateway-only bot), so the orchestrator can always ask.
ENV Storage__SqlitePath=/app/data/watchbot.db \
    Scheduling__SqlitePath=/app/data/quartz.db \
    Http__Urls=http://+:8080 \
    Http__Health=Always \
    DOTNET_gcServer=0
EXPOSE 8080

# The runtime image has no curl or wget: the bot's own binary GETs the endpoint (WatchBot --healthcheck).
# Liveness only here; an orchestrator routing traffic asks /healthz/ready (the compose file does).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "WatchBot.dll", "--healthcheck", "/healthz/live"]

# The runtime image's built-in unprivileged user.
USER app
ENTRYPOINT ["dotnet", "WatchBot.dll"]
