#pragma once

#include <QString>

namespace tilltro::gui {

/// The lock's password, kept only as a salted, slow hash: PBKDF2-HMAC-SHA256 with a random
/// 16-byte salt, written as the self-describing string
/// `pbkdf2-sha256$<iterations>$<salt, base64>$<32-byte key, base64>`.
///
/// Pure functions; where the string is stored is LockSettings' business.
namespace lockpassword {

/// Chosen so that one check takes about 0.3 s on the project's 2-core machine
/// (docs/performance.md, "Lock password").
inline constexpr int DefaultIterations = 300'000;
/// A stored count outside these bounds is refused as damaged (the upper one keeps an edited
/// value from freezing the program).
inline constexpr int MinIterations = 1'000;
inline constexpr int MaxIterations = 50'000'000;
inline constexpr int SaltBytes = 16;
inline constexpr int KeyBytes = 32;

/// The stored form of `password` with a fresh salt from QRandomGenerator::system().
QString hash(const QString& password, int iterations = DefaultIterations);

enum class Check {
    Match,
    Mismatch,
    Damaged, ///< `stored` is not a hash this program wrote: no password can match it
};
/// Compares `password` with `stored` in constant time (with respect to the key bytes).
Check verify(const QString& password, const QString& stored);

/// True when `stored` has the form hash() writes (scheme, bounded count, salt and key sizes).
bool isWellFormed(const QString& stored);

} // namespace lockpassword
} // namespace tilltro::gui
