namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The statements behind <see cref="SqlitePersonalData"/>. Parameters: @platform, @space, @user (the
/// id on that platform), @name (the display name as a JSON string, to find it inside stored facts),
/// @someone and @forgotten (what is left in a person's place), @cutoff (unix ms).
/// </summary>
internal static class PersonalDataSql
{
    private const string InSpace = "platform = @platform AND space_id = @space";

    // A session names the person in any of these: the host, the JSON columns, or its reactions.
    private const string Joined = "EXISTS (SELECT 1 FROM json_each(sessions.participants) WHERE json_extract(value, '$.id') = @user)";
    private const string Ready = "EXISTS (SELECT 1 FROM json_each(sessions.ready_user_ids) WHERE value = @user)";
    private const string Answered = "EXISTS (SELECT 1 FROM json_each(sessions.rsvps) WHERE json_extract(value, '$.id') = @user)";
    private const string Reacted = "(EXISTS (SELECT 1 FROM json_each(sessions.reaction_last_at) WHERE key = @user) OR EXISTS (SELECT 1 FROM reactions r WHERE r.session_id = sessions.id AND r.user_id = @user))";
    private const string Names = $"(host_id = @user OR {Joined} OR {Ready} OR {Answered} OR {Reacted})";

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
            (SELECT COUNT(*) FROM outbox WHERE {SentNaming});
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
            host_name = CASE WHEN host_id = @user THEN @someone ELSE host_name END,
            host_id = CASE WHEN host_id = @user THEN @forgotten ELSE host_id END,
            version = version + 1
        WHERE {InSpace} AND (host_id = @user OR {Joined} OR {Ready} OR {Answered} OR EXISTS (SELECT 1 FROM json_each(sessions.reaction_last_at) WHERE key = @user));

        UPDATE series SET host_id = @forgotten, host_name = @someone, version = version + 1 WHERE {InSpace} AND host_id = @user;
        DELETE FROM reminder_opt_outs WHERE {InSpace} AND user_id = @user;
        DELETE FROM space_moderators WHERE {InSpace} AND user_id = @user;
        UPDATE space_moderators SET added_by = @forgotten WHERE {InSpace} AND added_by = @user;
        DELETE FROM outbox WHERE {SentNaming};
        DELETE FROM recaps WHERE {RecapNaming};
        """;

    /// <summary>
    /// Retention: ended sessions past the cutoff keep their counts and lose every person. Sent
    /// announcements and kept recaps of those sessions go with them (they name people). The recaps go
    /// first: the count returned is the sessions cleared.
    /// </summary>
    public const string ForgetEnded = """
        DELETE FROM recaps WHERE ended_at < @cutoff;
        DELETE FROM reactions WHERE session_id IN (SELECT id FROM sessions WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff);
        DELETE FROM outbox WHERE sent_at IS NOT NULL AND session_id IN (SELECT id FROM sessions WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff);
        UPDATE sessions SET
            participants = '[]', ready_user_ids = '[]', rsvps = '[]', reaction_last_at = '{}',
            host_id = @forgotten, host_name = @someone, version = version + 1
        WHERE phase = 'Ended' AND COALESCE(ended_at, created_at) < @cutoff
            AND (host_id <> @forgotten OR participants <> '[]' OR ready_user_ids <> '[]' OR rsvps <> '[]' OR reaction_last_at <> '{}');
        SELECT changes();
        """;
}
