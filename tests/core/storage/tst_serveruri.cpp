#include <QTest>

#include "core/storage/serverconnection.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// The address of a team database (issue 17): what Tilltro holds it to before it connects. The
// connection itself is checked against a real server in tests/team/run-team-tests.sh.
class TestServerUri : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void teamDatabaseOrFile()
    {
        QVERIFY(isServerUri(u"postgresql://db.kommun.se/tilltro"_s));
        QVERIFY(isServerUri(u"postgres://db/tilltro"_s));
        QVERIFY(!isServerUri(u"/home/anna/tilltro.tilltro"_s));
        QVERIFY(!isServerUri(u"postgresql.tilltro"_s));
    }

    void overTheNetworkVerifyFullIsTheDefault()
    {
        const auto a = parseServerUri(
            u"postgresql://anna@db.kommun.se:6543/tilltro?sslrootcert=/etc/ssl/kommun-ca.pem"_s);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QCOMPARE(a->host, u"db.kommun.se"_s);
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->database, u"tilltro"_s);
        QCOMPARE(a->user, u"anna"_s);
        QCOMPARE(a->sslMode, u"verify-full"_s);
        QVERIFY(!a->isLocalSocket());
        QVERIFY(a->connectOptions().contains(u"sslmode=verify-full"_s));
        QVERIFY(a->connectOptions().contains(u"sslrootcert=/etc/ssl/kommun-ca.pem"_s));
        // No user: libpq's default (the operating-system user, or a service file's).
        const auto b = parseServerUri(u"postgresql://db/tilltro"_s);
        QVERIFY(b);
        QVERIFY(b->user.isEmpty());
        QCOMPARE(b->port, 5432);
    }

    void aLocalSocketNeedsNoTls()
    {
        const auto a = parseServerUri(u"postgresql:///tilltro?host=/run/postgresql"_s);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QVERIFY(a->isLocalSocket());
        QVERIFY(a->sslMode.isEmpty());
    }

    // A primary and its streaming replica: libpq tries them in order, and only the one that
    // takes changes will do, so that after a fail-over Tilltro reconnects to the new primary.
    void severalHostsForAFailOver()
    {
        const auto a = parseServerUri(
            u"postgresql://anna@/tilltro?host=db1.kommun.se,db2.kommun.se&sslrootcert=/ca.pem"_s);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QCOMPARE(a->host, u"db1.kommun.se,db2.kommun.se"_s);
        QCOMPARE(a->sslMode, u"verify-full"_s);
        QCOMPARE(a->targetSessionAttrs, u"read-write"_s);
        QVERIFY(a->connectOptions().contains(u"target_session_attrs=read-write"_s));
        const auto primary = parseServerUri(
            u"postgresql://anna@/tilltro?host=db1,db2&target_session_attrs=primary"_s);
        QVERIFY2(primary, qPrintable(primary.errorMessage()));
        QCOMPARE(primary->targetSessionAttrs, u"primary"_s);
        // One host: nothing added.
        const auto one = parseServerUri(u"postgresql://anna@db1/tilltro"_s);
        QVERIFY(one && one->targetSessionAttrs.isEmpty());
        QVERIFY(!one->connectOptions().contains(u"target_session_attrs"_s));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("why");
        QTest::newRow("password") << u"postgresql://anna:hemligt@db/tilltro"_s
                                  << u"stores no password"_s;
        QTest::newRow("require") << u"postgresql://db/tilltro?sslmode=require"_s
                                 << u"sslmode=require is not allowed"_s;
        QTest::newRow("disable") << u"postgresql://db/tilltro?sslmode=disable"_s
                                 << u"sslmode=disable is not allowed"_s;
        QTest::newRow("verify-ca")
            << u"postgresql://db/tilltro?sslmode=verify-ca"_s << u"use sslmode=verify-full"_s;
        QTest::newRow("no database") << u"postgresql://db"_s << u"names no database"_s;
        QTest::newRow("no server") << u"postgresql:///tilltro"_s << u"names no server"_s;
        QTest::newRow("unknown parameter")
            << u"postgresql://db/tilltro?sslpassword=x"_s << u"does not pass on the parameter"_s;
        QTest::newRow("port") << u"postgresql://db:0/tilltro"_s << u"port must be 1 to 65535"_s;
        QTest::newRow("a file") << u"/tmp/x.tilltro"_s << u"not the address of a team database"_s;
        QTest::newRow("a replica to read from")
            << u"postgresql://anna@/tilltro?host=db1,db2&target_session_attrs=read-only"_s
            << u"target_session_attrs=read-only"_s;
        QTest::newRow("an empty host in the list")
            << u"postgresql://anna@/tilltro?host=db1,,db2"_s << u"empty name"_s;
    }

    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(QString, why);
        const auto refusedAddress = parseServerUri(uri);
        QVERIFY(!refusedAddress);
        QVERIFY2(refusedAddress.errorMessage().contains(why),
                 qPrintable(refusedAddress.errorMessage()));
        // A password is never repeated in a message.
        QVERIFY(!refusedAddress.errorMessage().contains(u"hemligt"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerUri)
#include "tst_serveruri.moc"
