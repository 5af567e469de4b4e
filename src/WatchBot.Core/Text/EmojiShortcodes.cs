namespace WatchBot.Core.Text;

/// <summary>
/// The <c>:shortcode:</c> names WatchBot knows, and the emoji each stands for. Slack turns every
/// emoji typed into a slash command into its shortcode, and many keyboards and chat apps accept
/// them, so a reaction may arrive either way; storing the emoji itself lets the recap count
/// <c>:joy:</c> and 😂 as one, and shows it as an emoji on platforms that would print the name.
/// </summary>
/// <remarks>
/// The names are the common ones shared by GitHub's gemoji, Slack and Discord (with their usual
/// aliases), chosen for what people react to a film with; it is not the whole list, and an unknown
/// name is refused with an example rather than guessed at. The six reaction buttons are all here.
/// </remarks>
public static class EmojiShortcodes
{
    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The six on the session card's buttons.
        ["joy"] = "😂", ["open_mouth"] = "😮", ["cry"] = "😢", ["heart"] = "❤️", ["fire"] = "🔥", ["clap"] = "👏",

        // Faces.
        ["grinning"] = "😀", ["smiley"] = "😃", ["smile"] = "😄", ["grin"] = "😁", ["laughing"] = "😆", ["satisfied"] = "😆",
        ["sweat_smile"] = "😅", ["rofl"] = "🤣", ["rolling_on_the_floor_laughing"] = "🤣", ["slightly_smiling_face"] = "🙂",
        ["upside_down_face"] = "🙃", ["wink"] = "😉", ["blush"] = "😊", ["innocent"] = "😇", ["heart_eyes"] = "😍",
        ["star_struck"] = "🤩", ["kissing_heart"] = "😘", ["yum"] = "😋", ["stuck_out_tongue"] = "😛",
        ["stuck_out_tongue_winking_eye"] = "😜", ["zany_face"] = "🤪", ["money_mouth_face"] = "🤑", ["hugs"] = "🤗",
        ["hugging_face"] = "🤗", ["hand_over_mouth"] = "🤭", ["shushing_face"] = "🤫", ["thinking"] = "🤔",
        ["thinking_face"] = "🤔", ["zipper_mouth_face"] = "🤐", ["raised_eyebrow"] = "🤨", ["neutral_face"] = "😐",
        ["expressionless"] = "😑", ["no_mouth"] = "😶", ["smirk"] = "😏", ["unamused"] = "😒", ["roll_eyes"] = "🙄",
        ["face_with_rolling_eyes"] = "🙄", ["grimacing"] = "😬", ["lying_face"] = "🤥", ["relieved"] = "😌",
        ["pensive"] = "😔", ["sleepy"] = "😪", ["drooling_face"] = "🤤", ["sleeping"] = "😴", ["mask"] = "😷",
        ["nauseated_face"] = "🤢", ["vomiting_face"] = "🤮", ["sneezing_face"] = "🤧", ["hot_face"] = "🥵",
        ["cold_face"] = "🥶", ["woozy_face"] = "🥴", ["dizzy_face"] = "😵", ["exploding_head"] = "🤯",
        ["cowboy_hat_face"] = "🤠", ["partying_face"] = "🥳", ["sunglasses"] = "😎", ["nerd_face"] = "🤓",
        ["confused"] = "😕", ["worried"] = "😟", ["slightly_frowning_face"] = "🙁", ["hushed"] = "😯",
        ["astonished"] = "😲", ["flushed"] = "😳", ["pleading_face"] = "🥺", ["frowning"] = "😦", ["anguished"] = "😧",
        ["fearful"] = "😨", ["cold_sweat"] = "😰", ["disappointed_relieved"] = "😥", ["sob"] = "😭", ["scream"] = "😱",
        ["confounded"] = "😖", ["persevere"] = "😣", ["disappointed"] = "😞", ["sweat"] = "😓", ["weary"] = "😩",
        ["tired_face"] = "😫", ["yawning_face"] = "🥱", ["triumph"] = "😤", ["rage"] = "😡", ["angry"] = "😠",
        ["cursing_face"] = "🤬", ["smiling_imp"] = "😈", ["skull"] = "💀", ["skull_and_crossbones"] = "☠️",
        ["poop"] = "💩", ["hankey"] = "💩", ["clown_face"] = "🤡", ["ghost"] = "👻", ["alien"] = "👽", ["robot"] = "🤖",
        ["jack_o_lantern"] = "🎃", ["see_no_evil"] = "🙈", ["hear_no_evil"] = "🙉", ["speak_no_evil"] = "🙊",
        ["face_palm"] = "🤦", ["facepalm"] = "🤦", ["shrug"] = "🤷", ["eyes"] = "👀", ["zzz"] = "💤",

        // Hearts and symbols.
        ["orange_heart"] = "🧡", ["yellow_heart"] = "💛", ["green_heart"] = "💚", ["blue_heart"] = "💙",
        ["purple_heart"] = "💜", ["black_heart"] = "🖤", ["white_heart"] = "🤍", ["broken_heart"] = "💔",
        ["two_hearts"] = "💕", ["sparkling_heart"] = "💖", ["heartpulse"] = "💗", ["100"] = "💯", ["boom"] = "💥",
        ["collision"] = "💥", ["sparkles"] = "✨", ["star"] = "⭐", ["star2"] = "🌟", ["dizzy"] = "💫", ["zap"] = "⚡",
        ["sweat_drops"] = "💦", ["dash"] = "💨", ["question"] = "❓", ["exclamation"] = "❗", ["bangbang"] = "‼️",
        ["interrobang"] = "⁉️", ["x"] = "❌", ["white_check_mark"] = "✅", ["heavy_check_mark"] = "✔️",
        ["warning"] = "⚠️", ["no_entry_sign"] = "🚫",

        // Hands.
        ["+1"] = "👍", ["thumbsup"] = "👍", ["-1"] = "👎", ["thumbsdown"] = "👎", ["ok_hand"] = "👌", ["v"] = "✌️",
        ["crossed_fingers"] = "🤞", ["metal"] = "🤘", ["call_me_hand"] = "🤙", ["wave"] = "👋", ["raised_hands"] = "🙌",
        ["pray"] = "🙏", ["muscle"] = "💪", ["point_up"] = "☝️", ["facepunch"] = "👊", ["punch"] = "👊",
        ["handshake"] = "🤝", ["saluting_face"] = "🫡",

        // Film night.
        ["popcorn"] = "🍿", ["movie_camera"] = "🎥", ["clapper"] = "🎬", ["film_frames"] = "🎞️", ["tv"] = "📺",
        ["cinema"] = "🎦", ["ticket"] = "🎫", ["tada"] = "🎉", ["confetti_ball"] = "🎊", ["balloon"] = "🎈",
        ["trophy"] = "🏆", ["crown"] = "👑", ["gem"] = "💎", ["musical_note"] = "🎵", ["notes"] = "🎶",
        ["drum_with_drumsticks"] = "🥁", ["bell"] = "🔔", ["rocket"] = "🚀", ["bomb"] = "💣", ["knife"] = "🔪",
        ["drop_of_blood"] = "🩸", ["gun"] = "🔫", ["snowflake"] = "❄️", ["rainbow"] = "🌈", ["pizza"] = "🍕",
        ["hamburger"] = "🍔", ["fries"] = "🍟", ["hotdog"] = "🌭", ["doughnut"] = "🍩", ["cookie"] = "🍪",
        ["chocolate_bar"] = "🍫", ["candy"] = "🍬", ["icecream"] = "🍦", ["cake"] = "🍰", ["coffee"] = "☕",
        ["beer"] = "🍺", ["beers"] = "🍻", ["wine_glass"] = "🍷", ["champagne"] = "🍾", ["cocktail"] = "🍸",
        ["dog"] = "🐶", ["cat"] = "🐱", ["unicorn"] = "🦄", ["dragon"] = "🐉", ["shark"] = "🦈", ["snake"] = "🐍",
        ["spider"] = "🕷️", ["goat"] = "🐐", ["checkered_flag"] = "🏁",
    };

    /// <summary>Slack's skin-tone suffix: <c>:+1::skin-tone-3:</c>. Tone 1 is the default yellow (no modifier).</summary>
    public static bool TrySkinTone(string name, out string modifier)
    {
        modifier = "";
        if (name.Length != "skin-tone-1".Length || !name.StartsWith("skin-tone-", StringComparison.Ordinal) || name[^1] is < '1' or > '6')
        {
            return false;
        }

        modifier = name[^1] == '1' ? "" : char.ConvertFromUtf32(EmojiRanges.SkinToneFirst + (name[^1] - '2'));
        return true;
    }
}
