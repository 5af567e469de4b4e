namespace WatchBot.Storage.Postgres.Privacy;

/// <summary>
/// The polls' part of forget-me and retention on PostgreSQL (same parameters and rules as SQLite's
/// <see cref="Sqlite.Polls.PollPersonalDataSql"/>). A nomination stays, its author becomes "someone"; a
/// vote in an open poll goes (the person withdrew it), a vote in a closed poll stays counted under an
/// id that names no one, so a result shown before keeps adding up. Each poll changed moves to its next
/// version, so a coordinator holding it as it was reloads instead of writing the person back.
/// </summary>
internal static class PostgresPollPersonalDataSql
{
    // A fresh id per vote (evaluated per row): two forgotten voters in one poll stay two votes.
    private const string Anonymous = "@forgotten || '-' || left(md5(gen_random_uuid()::text), 16)";

    private const string InSpace = "(SELECT id FROM polls WHERE platform = @platform AND space_id = @space)";

    private const string Names = """
        (opened_by_id = @user
         OR EXISTS (SELECT 1 FROM poll_nominations n WHERE n.poll_id = polls.id AND n.by_id = @user)
         OR EXISTS (SELECT 1 FROM poll_votes v WHERE v.poll_id = polls.id AND v.voter_id = @user))
        """;

    /// <summary>What my-data counts: the person's nominations, then their votes, in the space's polls.</summary>
    public const string Nominations = $"(SELECT COUNT(*) FROM poll_nominations WHERE by_id = @user AND poll_id IN {InSpace})";

    /// <inheritdoc cref="Nominations"/>
    public const string Votes = $"(SELECT COUNT(*) FROM poll_votes WHERE voter_id = @user AND poll_id IN {InSpace})";

    public const string Forget = $"""
        UPDATE polls SET
            opened_by_name = CASE WHEN opened_by_id = @user THEN @someone ELSE opened_by_name END,
            opened_by_id = CASE WHEN opened_by_id = @user THEN @forgotten ELSE opened_by_id END,
            version = version + 1
        WHERE platform = @platform AND space_id = @space AND {Names};
        DELETE FROM poll_votes WHERE voter_id = @user AND poll_id IN (SELECT id FROM polls WHERE platform = @platform AND space_id = @space AND closed_at IS NULL);
        UPDATE poll_votes SET voter_id = {Anonymous} WHERE voter_id = @user AND poll_id IN {InSpace};
        UPDATE poll_nominations SET by_id = @forgotten, by_name = @someone WHERE by_id = @user AND poll_id IN {InSpace};
        """;

    // Polls of the sessions retention clears: the same cutoff as theirs.
    private const string Old = """
        (SELECT p.id FROM polls p JOIN sessions s ON s.id = p.session_id
         WHERE s.phase = 'Ended' AND COALESCE(s.ended_at, s.created_at) < @cutoff)
        """;

    public const string ForgetEnded = $"""
        UPDATE polls SET opened_by_id = @forgotten, opened_by_name = @someone, version = version + 1
        WHERE id IN {Old} AND (opened_by_id <> @forgotten
            OR EXISTS (SELECT 1 FROM poll_nominations n WHERE n.poll_id = polls.id AND n.by_id <> @forgotten)
            OR EXISTS (SELECT 1 FROM poll_votes v WHERE v.poll_id = polls.id AND NOT starts_with(v.voter_id, @forgotten || '-')));
        UPDATE poll_nominations SET by_id = @forgotten, by_name = @someone WHERE poll_id IN {Old} AND by_id <> @forgotten;
        UPDATE poll_votes SET voter_id = {Anonymous} WHERE poll_id IN {Old} AND NOT starts_with(voter_id, @forgotten || '-');
        """;
}
