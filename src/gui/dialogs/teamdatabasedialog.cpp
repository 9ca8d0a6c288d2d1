#include "teamdatabasedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

const auto RememberedKey = u"teamDatabases"_s;

/// The server's role key (ServerInfo::role) in the UI's language; an unknown one as it came.
QString roleName(const QString& role)
{
    if (role == "handledare"_L1)
        return TeamDatabaseDialog::tr("case worker");
    if (role == "samordnare"_L1)
        return TeamDatabaseDialog::tr("coordinator");
    if (role == "administratör"_L1)
        return TeamDatabaseDialog::tr("administrator");
    return role;
}

/// What a check found, in a few plain lines.
QString describe(const ServerInfo& info)
{
    QStringList lines;
    lines << TeamDatabaseDialog::tr("The connection works: PostgreSQL %1, %2.")
                 .arg(info.serverVersion,
                      info.tls ? TeamDatabaseDialog::tr("encrypted (%1)").arg(info.tlsVersion)
                               : TeamDatabaseDialog::tr("not encrypted (a socket on this "
                                                        "computer)"));
    if (info.role.isEmpty()) {
        lines << TeamDatabaseDialog::tr("Logged in as %1, who has no role in Tilltro: ask your "
                                        "IT department to give the login one.")
                     .arg(info.login);
    } else if (info.handledareName.isEmpty()) {
        lines
            << TeamDatabaseDialog::tr("Logged in as %1: %2.").arg(info.login, roleName(info.role));
    } else {
        lines << TeamDatabaseDialog::tr("Logged in as %1: %2 (%3).")
                     .arg(info.login, roleName(info.role), info.handledareName);
    }
    if (info.schemaVersion) {
        lines << TeamDatabaseDialog::tr("Database version %1 (this program: %2).")
                     .arg(*info.schemaVersion)
                     .arg(workspace::Workspace::schemaVersion());
    }
    return lines.join(u'\n');
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"TeamDatabaseDialog"_s);
    setWindowTitle(tr("Connect to team database"));

    m_address = new QComboBox(this);
    m_address->setObjectName(u"addressComboBox"_s);
    m_address->setEditable(true);
    // Enter connects (the dialog's default button); it never adds what was typed to the list.
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_address->setMinimumContentsLength(64); // the example address whole
    m_address->setAccessibleName(tr("Address of the team database"));
    m_address->addItems(rememberedAddresses());
    m_address->lineEdit()->setPlaceholderText(
        u"postgresql://anna@db.kommun.se/tilltro?sslrootcert=/etc/ssl/kommun-ca.pem"_s);
    m_address->setCurrentIndex(m_address->count() > 0 ? 0 : -1);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"explanationLabel"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    setExplanation(
        tr("Your IT department gives you the address of your unit's team database. Tilltro "
           "never stores a password: you are logged in by Kerberos, a client certificate, "
           "~/.pgpass or a service file, as your IT department has set it up. The connection "
           "must be encrypted, with a server certificate that can be verified.\n\n"
           "Your own database file stays as it is. To go back to it: File › Open recent."));

    m_check = new QPushButton(tr("&Check connection"), this);
    m_check->setObjectName(u"checkConnectionPushButton"_s);
    m_check->setAccessibleName(tr("Check connection"));
    m_check->setAccessibleDescription(
        tr("Connects to the server, says what it found and disconnects again."));

    m_result = new QLabel(this);
    m_result->setObjectName(u"resultLabel"_s);
    // What the server (or libpq) said, shown as it came: never as markup.
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy it for IT
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(6);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    auto* form = new QFormLayout;
    form->addRow(tr("A&ddress:"), m_address);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch();

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(form);
    m_layout->addWidget(m_explanation);
    m_layout->addLayout(checkRow);
    m_layout->addWidget(m_result);
    m_layout->addStretch();
    m_layout->addWidget(m_buttons);
    setMinimumWidth(640);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &TeamDatabaseDialog::checkConnection);
    connect(m_address, &QComboBox::editTextChanged, this, [this] {
        // A result belongs to the address it was found for.
        m_result->hide();
        m_result->clear();
        updateButtons();
    });
    updateButtons();
    m_address->setFocus(Qt::OtherFocusReason);
}

QString TeamDatabaseDialog::address() const
{
    return m_address->currentText().trimmed();
}

void TeamDatabaseDialog::setAddress(const QString& address)
{
    m_address->setEditText(address);
}

void TeamDatabaseDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_address->setAccessibleDescription(text);
}

void TeamDatabaseDialog::setAcceptText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void TeamDatabaseDialog::addSection(QWidget* section)
{
    // Above the stretch and the buttons.
    m_layout->insertWidget(m_layout->count() - 2, section);
}

QString TeamDatabaseDialog::resultText() const
{
    return m_result->text();
}

void TeamDatabaseDialog::updateButtons()
{
    const bool given = !address().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(given);
    m_check->setEnabled(given);
}

void TeamDatabaseDialog::checkConnection()
{
    const QString uri = address();
    if (uri.isEmpty())
        return;
    m_result->setText(tr("Checking the connection…"));
    m_result->show();
    m_result->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto checked = workspace::Workspace::checkTeamDatabase(uri);
    QApplication::restoreOverrideCursor();
    const QString text = checked ? describe(checked.value()) : checked.errorMessage();
    m_result->setText(text);
    m_result->setAccessibleName(text);
}

QStringList TeamDatabaseDialog::rememberedAddresses()
{
    return QSettings().value(RememberedKey).toStringList();
}

void TeamDatabaseDialog::rememberAddress(const QString& address)
{
    const QString uri = address.trimmed();
    if (uri.isEmpty() || !QUrl(uri).password().isEmpty())
        return;
    QStringList remembered = rememberedAddresses();
    remembered.removeAll(uri);
    remembered.prepend(uri);
    while (remembered.size() > MaxRemembered)
        remembered.removeLast();
    QSettings().setValue(RememberedKey, remembered);
}

QString TeamDatabaseDialog::displayName(const QString& address)
{
    const QUrl url(address);
    const QUrlQuery query(url);
    // A socket folder is named by the parameter host=, a service by service= (libpq's ways).
    QString host = url.host();
    if (host.isEmpty())
        host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    QString database = url.path().mid(1);
    if (database.isEmpty())
        database = query.queryItemValue(u"service"_s, QUrl::FullyDecoded);
    if (host.isEmpty())
        return database.isEmpty() ? address : database;
    return database.isEmpty() ? host : host + u'/' + database;
}

} // namespace tilltro::gui
