namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The statements behind <see cref="SqlitePersonalData"/>. Parameters: @platform, @space, @user (the
/// id on that platform), @name (the display name as a JSON string, to find it inside stored facts),
/// @plain (the display name as typed, to find it in moderators' text), @someone and @forgotten (what is
/// left in a person's place), @now and @cutoff (unix ms).
/// </summary>
internal static class PersonalDataSql
{
    private const string InSpace = "platform = @platform AND space_id = @space";

    // An empty JSON object (a raw interpolated string can't hold the braces itself).
    private const string NoOne = "'{}'";

    // A session names the person in any of these: the host, the JSON columns, or its reactions.
    private const string Joined = "EXISTS (SELECT 1 FROM json_each(sessions.participants) WHERE json_extract(value, '$.id') = @user)";
    private const string Ready = "EXISTS (SELECT 1 FROM json_each(sessions.ready_user_ids) WHERE value = @user)";
    private const string Answered = "EXISTS (SELECT 1 FROM json_each(sessions.rsvps) WHERE json_extract(value, '$.id') = @user)";
    private const string Reacted = "(EXISTS (SELECT 1 FROM json_each(sessions.reaction_last_at) WHERE key = @user) OR EXISTS (SELECT 1 FROM reactions r WHERE r.session_id = sessions.id AND r.user_id = @user))";
    private const string Kicked = "EXISTS (SELECT 1 FROM json_each(sessions.kicked) WHERE value = @user)";
    private const string Counted = "EXISTS (SELECT 1 FROM json_each(sessions.reaction_counts) WHERE key = @user)";
    private const string AskedBreak = "EXISTS (SELECT 1 FROM json_each(sessions.break_requests) WHERE json_extract(value, '$.id') = @user)";
    private const string Names = $"(host_id = @user OR {Joined} OR {Ready} OR {Answered} OR {Reacted} OR {Kicked} OR {Counted} OR {AskedBreak})";

    // Audit entries about or by the person (the ids; their name is looked for in the text when forgetting).
    private const string AuditNaming = $"{InSpace} AND (by_id = @user OR subject_id = @user)";
    private const string AuditText = "(@plain IS NOT NULL AND (instr(detail, @plain) > 0 OR instr(reason, @plain) > 0 OR instr(detail, @user) > 0 OR instr(reason, @user) > 0))";

    // Sent announcements keep their facts as JSON, where a person appears as platform:id and name.
    private const string SentNaming = $"{InSpace} AND sent_at IS NOT NULL AND (instr(facts, @platform || ':' || @user) > 0 OR instr(facts, @name) > 0)";

    // A kept recap names people as "platform:id" (quoted: "12" is not "123") and by name, like the outbox.
    private const string RecapNaming = $"{InSpace} AND (instr(content, '\"' || @platform || ':' || @user || '\"') > 0 OR instr(content, @name) > 0)";

    public const string LiveSessionChannel = $"""
        SELECT channel_id FROM sessions
        WHERE {InSpace} AND phase IN ({SqliteSchema.LivePhases}) AND {Names}
        LIMIT 1;
        """;

    /// <summary>One row of counts, in the order of <see cref="Core.Features.Privacy.PersonalData"/>.</summary>
    public const string Describe = $"""
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
            {Polls.PollPersonalDataSql.Nominations},
            {Polls.PollPersonalDataSql.Votes};
        """;

    /// <summary>
    /// Forget-me, run in one transaction after <see cref="LiveSessionChannel"/> found nothing. Each
    /// session changed moves to its next version, so a coordinator holding the row as it was is
    /// refused on save and reloads instead of writing the person back. Reaction rows go; the
    /// session's reaction count stays (it numbers the next reaction, and names no one). A kept recap
    /// naming the person goes whole, as a sent announcement does (it lists names and notes together).
    /// </summary>
    public const string Forget = $"""
        DELETE FROM reactions WHERE user_id = @user AND session_id IN (SELECT id FROM sessions WHERE {InSpace});

        UPDATE sessions SET
            participants = (SELECT json_group_array(json(value)) FROM json_each(sessions.participants) WHERE json_extract(value, '$.id') <> @user),
            ready_user_ids = (SELECT json_group_array(value) FROM json_each(sessions.ready_user_ids) WHERE value <> @user),
            rsvps = (SELECT json_group_array(json(value)) FROM json_each(sessions.rsvps) WHERE json_extract(value, '$.id') <> @user),
            reaction_last_at = (SELECT json_group_object(key, value) FROM json_each(sessions.reaction_last_at) WHERE key <> @user),
            break_requests = (SELECT json_group_array(json(value)) FROM json_each(sessions.break_requests) WHERE json_extract(value, '$.id') <> @user),
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
            detail = {DetailWithoutThem},
            reason = {ReasonWithoutThem}
        WHERE {InSpace} AND (by_id = @user OR subject_id = @user OR {AuditText});

        DELETE FROM bans WHERE {InSpace} AND user_id = @user AND until IS NOT NULL AND until <= @now;
        UPDATE bans SET
            by_id = CASE WHEN by_id = @user THEN @forgotten ELSE by_id END,
            reason = replace(reason, @plain, @someone)
        WHERE {InSpace} AND (by_id = @user OR instr(reason, @plain) > 0);
        {Polls.PollPersonalDataSql.Forget}
        DELETE FROM recaps WHERE {RecapNaming};
        """;

    // A kicked person stays kicked as "~forgotten" (a set: two forgotten people are one entry), so the
    // session still shows one person was removed and hides their reactions from the count.
    private const string KickedForgotten = """
        (SELECT json_group_array(value) FROM (
            SELECT value FROM json_each(sessions.kicked) WHERE value <> @user
            UNION SELECT @forgotten
            ORDER BY 1))
        """;

    // Reactions per person: theirs leave. Only a kicked person's count is needed (it is left out of the
    // count shown), so it joins "~forgotten"'s, which stands for the kicked people forgotten; the total
    // (sessions.reaction_count) is untouched.
    private const string CountsForgotten = """
        (SELECT json_group_object(key, value) FROM (
            SELECT key, value FROM json_each(sessions.reaction_counts) WHERE key NOT IN (@user, @forgotten)
            UNION ALL
            SELECT @forgotten, n FROM (
                SELECT SUM(value) AS n FROM json_each(sessions.reaction_counts)
                WHERE key = @forgotten OR (key = @user AND EXISTS (SELECT 1 FROM json_each(sessions.kicked) WHERE value = @user)))
            WHERE n > 0
            ORDER BY 1))
        """;

    // Moderators' text keeps its sense without the person: their name becomes "someone", their id (in a typed mention) "~forgotten".
    private const string DetailWithoutThem = "replace(replace(detail, @plain, @someone), @user, @forgotten)";
    private const string ReasonWithoutThem = "replace(replace(reason, @plain, @someone), @user, @forgotten)";

    // Retention keeps, of the counts per person, only the kicked people's sum (under "~forgotten"): what
    // the count shown leaves out. Null when there is none.
    private const string KickedCountsOnly = """
        (SELECT json_object(@forgotten, n) FROM (
            SELECT SUM(value) AS n FROM json_each(sessions.reaction_counts)
            WHERE key IN (SELECT value FROM json_each(sessions.kicked)))
        WHERE n > 0)
        """;

    /// <summary>
    /// Retention: ended sessions past the cutoff keep their counts and lose every person (the kicked
    /// ones become one "~forgotten"). Sent announcements and kept recaps of those sessions go with them
    /// (they name people), and so do bans that ended before the cutoff. The count returned is the
    /// sessions cleared (the last statement's).
    /// </summary>
    public const string ForgetEnded = $"""
        DELETE FROM bans WHERE until IS NOT NULL AND until < @cutoff;
        {Polls.PollPersonalDataSql.ForgetEnded}
        DELETE FROM recaps WHERE ended_at < @cutoff;
        DELETE FROM reactions WHERE session_id IN (SELECT id FROM sessions WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff);
        DELETE FROM outbox WHERE sent_at IS NOT NULL AND session_id IN (SELECT id FROM sessions WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff);
        UPDATE sessions SET
            participants = '[]', ready_user_ids = '[]', rsvps = '[]', reaction_last_at = {NoOne}, break_requests = '[]',
            host_id = @forgotten, host_name = @someone,
            kicked = CASE WHEN kicked = '[]' THEN '[]' ELSE json_array(@forgotten) END,
            reaction_counts = COALESCE({KickedCountsOnly}, {NoOne}),
            version = version + 1
        WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff
            AND (host_id <> @forgotten OR participants <> '[]' OR ready_user_ids <> '[]' OR rsvps <> '[]' OR reaction_last_at <> {NoOne}
                OR EXISTS (SELECT 1 FROM json_each(sessions.kicked) WHERE value <> @forgotten)
                OR EXISTS (SELECT 1 FROM json_each(sessions.reaction_counts) WHERE key <> @forgotten)
                OR break_requests <> '[]');
        SELECT changes();
        """;
}
