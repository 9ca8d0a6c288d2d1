// The lock beside a database (issue 11): what the refusal says while another process holds it,
// also when the holder's details cannot be read yet, and that a holder records its own.

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "core/storage/database.h"
#include "core/storage/lockfile.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

/// Holds flock on a file through its own descriptor, as another process would (flock locks
/// belong to an open file, so this process's LockFile is refused too).
class ForeignHolder {
public:
    explicit ForeignHolder(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~ForeignHolder()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ForeignHolder(const ForeignHolder&) = delete;
    ForeignHolder& operator=(const ForeignHolder&) = delete;
    bool holds() const { return m_fd >= 0; }
    /// Replaces the file's content with `bytes` (as a holder writing its details would).
    bool write(const QByteArray& bytes)
    {
        return ::ftruncate(m_fd, 0) == 0 &&
               ::pwrite(m_fd, bytes.constData(), size_t(bytes.size()), 0) == bytes.size();
    }

private:
    int m_fd = -1;
};

} // namespace

class TestLockFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A new database, closed; its path.
    QString makeDatabase()
    {
        const QString p = m_dir.filePath(u"db%1.tilltro"_s.arg(++m_count));
        auto db = Database::create(p);
        if (!db)
            qWarning() << db.errorMessage();
        return p;
    }

    /// The refusal of an open for editing while `content` is in the lock file held by another.
    QString refusalWith(const QByteArray& content)
    {
        const QString p = makeDatabase();
        ForeignHolder holder(p + u".lock"_s);
        if (!holder.holds() || !holder.write(content))
            return u"(could not hold the lock)"_s;
        auto db = Database::open(p);
        if (db)
            return u"(opened)"_s;
        if (db.error().kind != Error::Kind::Conflict)
            return u"(wrong kind) "_s + db.errorMessage();
        return db.errorMessage();
    }

    static void verifyBeingOpened(const QString& message)
    {
        QVERIFY2(message.contains(u"being opened right now"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"by  on"_s), qPrintable(message));
        QVERIFY2(!message.contains(u'?'), qPrintable(message));
        QVERIFY2(!message.contains(u"since )"_s), qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acquire_heldWithEmptyFile_saysBeingOpenedWithoutBlanks()
    {
        verifyBeingOpened(refusalWith({}));
        // LockFile itself says the same.
        const QString lock = m_dir.filePath(u"bare.lock"_s);
        ForeignHolder holder(lock);
        QVERIFY(holder.holds());
        LockFile second(lock);
        auto refused = second.acquire();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        verifyBeingOpened(refused.errorMessage());
        QVERIFY(!second.isHeld());
    }

    void acquire_heldWithHalfWrittenDetails_saysBeingOpened()
    {
        const QByteArray user = LockFile::currentUserName().toUtf8();
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        verifyBeingOpened(refusalWith(user));
        verifyBeingOpened(refusalWith(user + '\n' + host + '\n'));
        verifyBeingOpened(refusalWith(user + '\n' + host + "\n12"));
        verifyBeingOpened(refusalWith(user + "\n\n\n\n"));
    }

    void acquire_heldWithAnEarlierHoldersDetails_doesNotNameThem()
    {
        // A process of this machine that has ended: its lines are left from an earlier holder.
        const QByteArray stale = "someone-else\n" + QSysInfo::machineHostName().toUtf8() +
                                 "\n2147480000\n2020-01-01T08:00:00\n";
        const QString message = refusalWith(stale);
        verifyBeingOpened(message);
        QVERIFY(!message.contains(u"someone-else"_s));
    }

    void acquire_heldWithCompleteDetails_namesTheHolder()
    {
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        const QString message = refusalWith("kollega\n" + QSysInfo::machineHostName().toUtf8() +
                                            '\n' + pid + "\n2026-11-24T09:15:00\n");
        QVERIFY2(message.contains(u"by kollega on "_s + QSysInfo::machineHostName()),
                 qPrintable(message));
        QVERIFY2(message.contains(
                     u"(process %1, since 2026-11-24T09:15:00)"_s.arg(QString::fromLatin1(pid))),
                 qPrintable(message));
    }

    void acquire_leftOverFile_replacedByTheNewHoldersOwnDetails()
    {
        // A holder that was killed leaves its file (never unlinked); the next one rewrites it.
        const QString lock = m_dir.filePath(u"left.lock"_s);
        {
            QFile file(lock);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a-much-longer-earlier-user-name\nan-earlier-host.example.org\n99999\n"
                       "2020-01-01T08:00:00\n");
        }
        LockFile lockFile(lock);
        QVERIFY(lockFile.acquire().ok());
        const QStringList lines = QString::fromUtf8(test::readAll(lock)).split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], LockFile::currentUserName());
        QCOMPARE(lines[1], QSysInfo::machineHostName());
        QCOMPARE(lines[2], QString::number(QCoreApplication::applicationPid()));
        QVERIFY(QDateTime::fromString(lines[3], Qt::ISODate).isValid());
        QCOMPARE(lines[4], QString());
        // And a second taker is told who holds it.
        LockFile second(lock);
        auto refused = second.acquire();
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.errorMessage().contains(u"by "_s + LockFile::currentUserName() + u" on "_s),
            qPrintable(refused.errorMessage()));
        lockFile.release();
        QVERIFY(!QFile::exists(lock));
    }
};

QTEST_GUILESS_MAIN(TestLockFile)
#include "tst_lockfile.moc"
