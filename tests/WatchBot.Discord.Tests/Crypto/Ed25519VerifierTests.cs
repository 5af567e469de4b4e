using System.Reflection;
using WatchBot.Discord.Crypto;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Crypto;

/// <summary>RFC 8032 §7.1 vectors through NSec (libsodium), and no native binding of our own.</summary>
public sealed class Ed25519VerifierTests
{
    private const string Test1Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string Test1Signature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    private const string Test2Public = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Test2Signature = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    [Theory]
    [InlineData(Test1Public, "", Test1Signature)]
    [InlineData(Test2Public, "72", Test2Signature)]
    public void Rfc8032Vector_Verifies(string key, string message, string signature)
    {
        var verifier = Ed25519Verifier.FromHex(key);

        Assert.True(verifier.Verify(Convert.FromHexString(message), Convert.FromHexString(signature)));
    }

    [Theory]
    [InlineData(Test1Public, "", Test1Signature, 0)]
    [InlineData(Test1Public, "", Test1Signature, 63)]
    [InlineData(Test2Public, "72", Test2Signature, 17)]
    public void FlippedBitInSignature_DoesNotVerify(string key, string message, string signature, int index)
    {
        var verifier = Ed25519Verifier.FromHex(key);
        var bytes = Convert.FromHexString(signature);
        bytes[index] ^= 0x01;

        Assert.False(verifier.Verify(Convert.FromHexString(message), bytes));
    }

    [Fact]
    public void FlippedBitInMessage_DoesNotVerify()
    {
        var verifier = Ed25519Verifier.FromHex(Test2Public);

        Assert.False(verifier.Verify([0x73], Convert.FromHexString(Test2Signature)));
    }

    [Fact]
    public void WrongLengthSignature_DoesNotVerify()
    {
        var verifier = Ed25519Verifier.FromHex(Test1Public);

        Assert.False(verifier.Verify([], new byte[63]));
    }

    [Fact]
    public void WrongLengthKey_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Ed25519Verifier(new byte[31]));

    [Fact]
    public void EmulatorSigner_MatchesTheRfcVectorAndVerifies()
    {
        using var signer = Ed25519Signer.Test();
        var verifier = new Ed25519Verifier(signer.PublicKey);
        var signature = signer.Sign("1700000000{\"type\":1}"u8.ToArray());

        Assert.Equal(Test1Public, signer.PublicKeyHex);
        Assert.Equal(Test1Signature, Convert.ToHexStringLower(signer.Sign([])));
        Assert.True(verifier.Verify("1700000000{\"type\":1}"u8, signature));
    }

    [Fact]
    public void IdentityKey_WithTheIdentitySignature_DoesNotVerify()
    {
        // Public key A = identity point and signature (R = identity, S = 0) satisfy the verification
        // equation for every message; a small-order key must be refused, not trusted.
        var identity = new byte[32];
        identity[0] = 1;
        var verifier = new Ed25519Verifier(identity);

        Assert.False(verifier.Verify("{\"type\":1}"u8, [.. identity, .. new byte[32]]));
    }

    [Theory]
    [InlineData(typeof(Ed25519Verifier))]
    [InlineData(typeof(Ed25519Signer))]
    public void NoPlatformInvoke_InTheAssembly(Type inAssembly)
    {
        // The same on Linux, macOS and Windows: native code only inside the maintained library.
        var invokes = inAssembly.Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.Attributes.HasFlag(MethodAttributes.PinvokeImpl))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.Empty(invokes);
    }
}
