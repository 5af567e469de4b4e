namespace WatchBot.Storage.Postgres.Privacy;

/// <summary>
/// The statements behind <see cref="PostgresPersonalData"/>: the same questions and rules as SQLite's
/// <see cref="Sqlite.PersonalDataSql"/>, over PostgreSQL's jsonb columns. Parameters (all typed): @platform,
/// @space, @user (the id on that platform), @plain (the display name as typed, or null when only the id
/// is known), @someone and @forgotten (what is left in a person's place), @now and @cutoff (timestamptz).
/// </summary>
internal static class PostgresPersonalDataSql
{
    private const string InSpace = "platform = @platform AND space_id = @space";

    // A session names the person in any of these: the host, the jsonb columns, or its reactions.
    private const string Joined = "participants @> jsonb_build_array(jsonb_build_object('id', @user))";
    private const string Ready = "ready_user_ids @> jsonb_build_array(@user)";
    private const string Answered = "rsvps @> jsonb_build_array(jsonb_build_object('id', @user))";
    private const string Reacted = "((reaction_last_at -> @user) IS NOT NULL OR EXISTS (SELECT 1 FROM reactions r WHERE r.session_id = sessions.id AND r.user_id = @user))";
    private const string Kicked = "kicked @> jsonb_build_array(@user)";
    private const string Counted = "(reaction_counts -> @user) IS NOT NULL";
    private const string AskedBreak = "break_requests @> jsonb_build_array(jsonb_build_object('id', @user))";
    private const string Names = $"(host_id = @user OR {Joined} OR {Ready} OR {Answered} OR {Reacted} OR {Kicked} OR {Counted} OR {AskedBreak})";

    // Audit entries about or by the person (the ids; their name is looked for in the text when forgetting).
    private const string AuditNaming = $"{InSpace} AND (by_id = @user OR subject_id = @user)";
    private const string AuditText = "(@plain IS NOT NULL AND (strpos(detail, @plain) > 0 OR strpos(reason, @plain) > 0 OR strpos(detail, @user) > 0 OR strpos(reason, @user) > 0))";

    /// <summary>
    /// A JSON document (an announcement's facts, a kept recap) names the person when one of its strings is
    /// their key (<c>platform:id</c>, as the outbox writes people) or their name. Without a name, the key
    /// alone. The column may be <c>json</c> (the outbox keeps its facts byte for byte) or <c>jsonb</c>.
    /// </summary>
    public static string Mentions(string column) =>
        $"jsonb_path_exists({column}::jsonb, 'strict $.** ? (@ == $key || @ == $name)', "
        + "jsonb_build_object('key', @platform || ':' || @user, 'name', COALESCE(@plain, @platform || ':' || @user)))";

    private static readonly string SentNaming = $"{InSpace} AND sent_at IS NOT NULL AND {Mentions("facts")}";

    private static readonly string RecapNaming = $"{InSpace} AND {Mentions("content")}";

    public const string LiveSessionChannel = $"""
        SELECT channel_id FROM sessions
        WHERE {InSpace} AND phase IN ({PostgresSchema.LivePhases}) AND {Names}
        LIMIT 1;
        """;

    /// <summary>One row of counts, in the order of <see cref="Core.Features.Privacy.PersonalData"/>.</summary>
    public static readonly string Describe = $"""
        SELECT
            (SELECT COUNT(*) FROM sessions WHERE {InSpace} AND host_id = @user),
            (SELECT COUNT(*) FROM sessions WHERE {InSpace} AND {Joined}),
            (SELECT COUNT(*) FROM reactions r JOIN sessions s ON s.id = r.session_id WHERE s.platform = @platform AND s.space_id = @space AND r.user_id = @user),
            (SELECT COUNT(*) FROM reactions r JOIN sessions s ON s.id = r.session_id WHERE s.platform = @platform AND s.space_id = @space AND r.user_id = @user AND COALESCE(r.note, '') <> ''),
            (SELECT COUNT(*) FROM sessions WHERE {InSpace} AND {Answered}),
            (SELECT COUNT(*) FROM sessions WHERE {InSpace} AND {Ready}),
            (SELECT COUNT(*) FROM series WHERE {InSpace} AND host_id = @user),
            (SELECT COUNT(*) FROM reminder_opt_outs WHERE {InSpace} AND user_id = @user),
            (SELECT COUNT(*) FROM space_moderators WHERE {InSpace} AND user_id = @user),
            (SELECT COUNT(*) FROM space_moderators WHERE {InSpace} AND added_by = @user),
            (SELECT COUNT(*) FROM outbox WHERE {SentNaming}),
            (SELECT COUNT(*) FROM sessions WHERE {InSpace} AND {Kicked}),
            (SELECT COUNT(*) FROM audit_log WHERE {AuditNaming}),
            (SELECT COUNT(*) FROM bans WHERE {InSpace} AND by_id = @user),
            (SELECT COUNT(*) FROM recaps WHERE {RecapNaming}),
            {PostgresPollPersonalDataSql.Nominations},
            {PostgresPollPersonalDataSql.Votes};
        """;

    /// <summary>
    /// Forget-me, run in one transaction after <see cref="LiveSessionChannel"/> found nothing. Each
    /// session changed moves to its next version, so a coordinator holding the row as it was is refused
    /// on save and reloads instead of writing the person back. Reaction rows go; the session's reaction
    /// count stays. A kept recap or a sent announcement naming the person goes whole.
    /// </summary>
    public static readonly string Forget = $"""
        DELETE FROM reactions WHERE user_id = @user AND session_id IN (SELECT id FROM sessions WHERE {InSpace});

        UPDATE sessions SET
            participants = {Without("participants")},
            ready_user_ids = ready_user_ids - @user,
            rsvps = {Without("rsvps")},
            reaction_last_at = reaction_last_at - @user,
            break_requests = {Without("break_requests")},
            host_name = CASE WHEN host_id = @user THEN @someone ELSE host_name END,
            host_id = CASE WHEN host_id = @user THEN @forgotten ELSE host_id END,
            kicked = CASE WHEN {Kicked} THEN {KickedForgotten} ELSE kicked END,
            reaction_counts = {CountsForgotten},
            version = version + 1
        -- The person's reaction rows are gone by now, so Names finds the sessions whose columns still name them.
        WHERE {InSpace} AND {Names};

        UPDATE series SET host_id = @forgotten, host_name = @someone, version = version + 1 WHERE {InSpace} AND host_id = @user;
        DELETE FROM reminder_opt_outs WHERE {InSpace} AND user_id = @user;
        DELETE FROM space_moderators WHERE {InSpace} AND user_id = @user;
        UPDATE space_moderators SET added_by = @forgotten WHERE {InSpace} AND added_by = @user;
        DELETE FROM outbox WHERE {SentNaming};

        UPDATE audit_log SET
            by_name = CASE WHEN by_id = @user THEN @someone ELSE by_name END,
            by_id = CASE WHEN by_id = @user THEN @forgotten ELSE by_id END,
            subject_name = CASE WHEN subject_id = @user THEN @someone ELSE subject_name END,
            subject_id = CASE WHEN subject_id = @user THEN @forgotten ELSE subject_id END,
            detail = {TextWithoutThem("detail")},
            reason = {TextWithoutThem("reason")}
        WHERE {InSpace} AND (by_id = @user OR subject_id = @user OR {AuditText});

        DELETE FROM bans WHERE {InSpace} AND user_id = @user AND until IS NOT NULL AND until <= @now;
        UPDATE bans SET
            by_id = CASE WHEN by_id = @user THEN @forgotten ELSE by_id END,
            reason = CASE WHEN @plain IS NULL THEN reason ELSE replace(reason, @plain, @someone) END
        WHERE {InSpace} AND (by_id = @user OR strpos(reason, @plain) > 0);
        {PostgresPollPersonalDataSql.Forget}
        DELETE FROM recaps WHERE {RecapNaming};
        """;

    // A kicked person stays kicked as "~forgotten" (a set, sorted by code point like the store writes it:
    // two forgotten people are one entry), so the session still shows one person was removed.
    private const string KickedForgotten = """
        (SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM (
            SELECT jsonb_array_elements_text(sessions.kicked) AS v
            UNION SELECT @forgotten) AS k
         WHERE v <> @user)
        """;

    // Reactions per person: theirs leave. Only a kicked person's count is needed (it is left out of the
    // count shown), so it joins "~forgotten"'s, which stands for the kicked people forgotten.
    private const string CountsForgotten = """
        (sessions.reaction_counts - @user - @forgotten) || COALESCE(
            (SELECT jsonb_build_object(@forgotten, SUM(value::bigint)) FROM jsonb_each_text(sessions.reaction_counts)
             WHERE key = @forgotten OR (key = @user AND sessions.kicked @> jsonb_build_array(@user))
             HAVING SUM(value::bigint) > 0),
            '{}')
        """;

    // Retention keeps, of the counts per person, only the kicked people's sum (under "~forgotten").
    private const string KickedCountsOnly = """
        COALESCE(
            (SELECT jsonb_build_object(@forgotten, SUM(value::bigint)) FROM jsonb_each_text(sessions.reaction_counts)
             WHERE sessions.kicked @> jsonb_build_array(key)
             HAVING SUM(value::bigint) > 0),
            '{}')
        """;

    private const string EndedLongAgo = "phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff";

    /// <summary>
    /// Retention, first part: what goes with old ended sessions (sent announcements, kept recaps, their
    /// reactions, the people of their polls) and bans that ended before the cutoff.
    /// </summary>
    public const string ForgetEndedAround = $"""
        DELETE FROM bans WHERE until IS NOT NULL AND until < @cutoff;
        {PostgresPollPersonalDataSql.ForgetEnded}
        DELETE FROM recaps WHERE ended_at < @cutoff;
        DELETE FROM reactions WHERE session_id IN (SELECT id FROM sessions WHERE {EndedLongAgo});
        DELETE FROM outbox WHERE sent_at IS NOT NULL AND session_id IN (SELECT id FROM sessions WHERE {EndedLongAgo});
        """;

    /// <summary>
    /// Retention, the sessions: ended ones past the cutoff keep their counts and lose every person (the
    /// kicked ones become one "~forgotten"). Returns the number of sessions cleared.
    /// </summary>
    public const string ForgetEndedSessions = $"""
        WITH cleared AS (
            UPDATE sessions SET
                participants = '[]', ready_user_ids = '[]', rsvps = '[]', reaction_last_at = '{"{}"}', break_requests = '[]',
                host_id = @forgotten, host_name = @someone,
                kicked = CASE WHEN kicked = '[]' THEN '[]' ELSE jsonb_build_array(@forgotten) END,
                reaction_counts = {KickedCountsOnly},
                version = version + 1
            WHERE {EndedLongAgo}
                AND (host_id <> @forgotten OR participants <> '[]' OR ready_user_ids <> '[]' OR rsvps <> '[]' OR reaction_last_at <> '{"{}"}'
                    OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(sessions.kicked) AS k WHERE k <> @forgotten)
                    OR EXISTS (SELECT 1 FROM jsonb_object_keys(sessions.reaction_counts) AS c WHERE c <> @forgotten)
                    OR break_requests <> '[]')
            RETURNING 1)
        SELECT COUNT(*) FROM cleared;
        """;

    // The list without the person's entries (objects with their id), in its order; an empty list stays a list.
    private static string Without(string column) =>
        $"COALESCE((SELECT jsonb_agg(e ORDER BY i) FROM jsonb_array_elements(sessions.{column}) WITH ORDINALITY AS t(e, i) WHERE e ->> 'id' <> @user), '[]')";

    // Moderators' text keeps its sense without the person: their name becomes "someone", their id (in a typed mention) "~forgotten".
    private static string TextWithoutThem(string column) =>
        $"replace(CASE WHEN @plain IS NULL THEN {column} ELSE replace({column}, @plain, @someone) END, @user, @forgotten)";
}
