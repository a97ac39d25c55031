#include "common/HelpWindow.h"

#include "common/Language.h"
#include "common/Page.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QMap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

// help.qrc lives in the static csirtkit_ui library, so it must be registered explicitly.
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace csirtkit {

namespace {

QString readHelp(const QString &topic, const QString &language)
{
    static const bool registered = (initHelpResources(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/help/%1/%2.md").arg(language, topic));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// "JPCERT/CC categories" → "jpcertcc-categories": the anchor a link uses for a heading.
QString slug(const QString &heading)
{
    static const QRegularExpression dropped(QStringLiteral("[^a-z0-9 -]"));
    return heading.toLower().remove(dropped).trimmed().replace(QLatin1Char(' '), QLatin1Char('-'));
}

// The second-level headings of a Markdown text, in order.
QStringList headings(const QString &markdown)
{
    QStringList list;
    for (const QString &line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("## ")))
            list << line.mid(3).trimmed();
    return list;
}

QString cell(QString text)
{
    return text.remove(QLatin1Char('&')).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('*'), QStringLiteral("\\*"));
}

} // namespace

HelpWindow::HelpWindow(QMainWindow *window) : QWidget(window, Qt::Window), m_window(window)
{
    setObjectName(QStringLiteral("helpWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](const char *name, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        return b;
    };
    m_back = button("helpBackButton", QStyle::SP_ArrowBack);
    m_forward = button("helpForwardButton", QStyle::SP_ArrowForward);
    m_contents = button("helpContentsButton", QStyle::SP_DirHomeIcon);
    m_shortcuts = button("helpShortcutsButton", QStyle::SP_FileDialogDetailedView);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::follow);
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_position > 0) {
            const QStringList target = m_history.at(--m_position).split(QLatin1Char('#'));
            open(target.value(0), target.value(1), false);
        }
    });
    connect(m_forward, &QToolButton::clicked, this, [this] {
        if (m_position + 1 < m_history.size()) {
            const QStringList target = m_history.at(++m_position).split(QLatin1Char('#'));
            open(target.value(0), target.value(1), false);
        }
    });
    connect(m_contents, &QToolButton::clicked, this, [this] { showTopic(QStringLiteral("index")); });
    connect(m_shortcuts, &QToolButton::clicked, this, [this] { showTopic(QStringLiteral("shortcuts")); });
    resize(720, 640);
    retranslate();
}

HelpWindow::~HelpWindow() = default;

QStringList HelpWindow::topics()
{
    return { QStringLiteral("index"),    QStringLiteral("overview"),   QStringLiteral("profile"),   QStringLiteral("phases"),
             QStringLiteral("services"), QStringLiteral("model"),      QStringLiteral("worksheets"), QStringLiteral("team"),      QStringLiteral("incidents"),
             QStringLiteral("metrics"),  QStringLiteral("exchange"),   QStringLiteral("terms"),     QStringLiteral("shortcuts") };
}

QString HelpWindow::markdown(const QString &topic, const QString &language)
{
    if (!topics().contains(topic) || topic == QLatin1String("shortcuts"))
        return {};
    const QString text = readHelp(topic, language);
    return text.isEmpty() ? readHelp(topic, QStringLiteral("en")) : text;
}

void HelpWindow::showTopic(const QString &topic)
{
    const QStringList parts = topic.split(QLatin1Char('#'));
    open(parts.value(0), parts.value(1), true);
    show();
    raise();
    activateWindow();
}

void HelpWindow::open(const QString &topic, const QString &anchor, bool record)
{
    m_topic = topics().contains(topic) ? topic : QStringLiteral("index");
    m_anchor = anchor;
    m_heading.clear();
    if (record) {
        const QString entry = anchor.isEmpty() ? m_topic : m_topic + QLatin1Char('#') + anchor;
        m_history = m_history.mid(0, m_position + 1);
        if (m_history.isEmpty() || m_history.constLast() != entry)
            m_history << entry;
        m_position = m_history.size() - 1;
    }
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_history.size());
    const QString language = Language::current();
    m_browser->setMarkdown(m_topic == QLatin1String("shortcuts") ? shortcutsMarkdown() : markdown(m_topic, language));
    const QTextBlock first = m_browser->document()->begin();
    setWindowTitle(tr("CSIRT Kit Help — %1").arg(first.text()));
    m_browser->verticalScrollBar()->setValue(0);
    if (anchor.isEmpty())
        return;
    // The anchor names an English heading; the page in another language has its headings in the same order.
    const QStringList english = headings(readHelp(m_topic, QStringLiteral("en")));
    qsizetype index = -1;
    for (qsizetype i = 0; i < english.size() && index < 0; ++i)
        if (slug(english.at(i)) == anchor)
            index = i;
    if (index < 0)
        return;
    qsizetype seen = -1;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || ++seen != index)
            continue;
        m_heading = block.text();
        m_browser->setTextCursor(QTextCursor(block));
        const qreal top = m_browser->document()->documentLayout()->blockBoundingRect(block).top();
        m_browser->verticalScrollBar()->setValue(int(top));
        break;
    }
}

void HelpWindow::follow(const QUrl &url)
{
    if (!url.scheme().isEmpty() && url.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(url);
        return;
    }
    QString topic = url.path().section(QLatin1Char('/'), -1);
    topic.chop(topic.endsWith(QLatin1String(".md")) ? 3 : 0);
    if (topic.isEmpty())
        topic = m_topic; // "#anchor" on the same page
    open(topic, url.fragment(), true);
}

QString HelpWindow::shortcutsMarkdown() const
{
    QString text = QLatin1String("# ") + tr("Keyboard shortcuts") + QLatin1String("\n\n| ") + tr("Command") + QLatin1String(" | ")
        + tr("Keys") + QLatin1String(" |\n|---|---|\n");
    QMap<QString, QString> rows; // sorted by command
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        // Actions of a page work there: named with the page ("Phase guide: Edit…").
        QString command = action->text();
        for (const QObject *o = action->parent(); o; o = o->parent())
            if (const auto *page = qobject_cast<const Page *>(o)) {
                command = tr("%1: %2", "page: command").arg(page->title(), command);
                break;
            }
        rows.insert(cell(command), cell(keys.join(QStringLiteral(", "))));
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        text += QStringLiteral("| %1 | %2 |\n").arg(it.key(), it.value());
    const QList<std::pair<QString, QString>> fixed = {
        { tr("Presentation mode: next step"), tr("Right, Page Down, Space") },
        { tr("Presentation mode: previous step"), tr("Left, Page Up") },
        { tr("Presentation mode: leave"), tr("Esc") },
        { tr("Communications: add the entry being written"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText) },
        { tr("Help: back, forward"), QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText) + QStringLiteral(", ")
                                         + QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText) },
    };
    text += QLatin1String("\n## ") + tr("Presentation mode and help") + QLatin1String("\n\n| ") + tr("Command") + QLatin1String(" | ")
        + tr("Keys") + QLatin1String(" |\n|---|---|\n");
    for (const auto &[command, keys] : fixed)
        text += QStringLiteral("| %1 | %2 |\n").arg(cell(command), cell(keys));
    return text;
}

void HelpWindow::retranslate()
{
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_contents->setText(tr("Contents"));
    m_shortcuts->setText(tr("Keyboard Shortcuts"));
    if (!m_topic.isEmpty())
        open(m_topic, m_anchor, false);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace csirtkit
