#pragma once

#include <QStringList>
#include <QWidget>

class QMainWindow;
class QTextBrowser;
class QToolButton;

namespace csirtkit {

// The help: one page per capability (resources/help/<language>/<topic>.md, Markdown), shown in the
// UI's language, with links between pages (`terms.md#tlp` opens the glossary at TLP in either
// language: an anchor names the English heading, found in the other language by its position),
// Back / Forward / Contents, and a list of the window's keyboard shortcuts made from its actions.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QMainWindow *window);
    ~HelpWindow() override;

    // The topics: "index", one per page ("overview", "profile", …), "exchange", "terms" and
    // "shortcuts" (made from the window's actions).
    static QStringList topics();
    // Shows `topic` (a topic, or "topic#anchor"); unknown topics show the contents. Raises the window.
    void showTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }
    // The heading the page was scrolled to for the anchor, empty without one (for tests).
    QString currentHeading() const { return m_heading; }
    // The Markdown of `topic` in `language` (English when that has none); empty for an unknown topic.
    static QString markdown(const QString &topic, const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(const QString &topic, const QString &anchor, bool record);
    void follow(const QUrl &url);
    QString shortcutsMarkdown() const;
    void retranslate();

    QMainWindow *m_window;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_contents;
    QToolButton *m_shortcuts;
    QStringList m_history; // "topic#anchor"
    qsizetype m_position = -1;
    QString m_topic;
    QString m_anchor;
    QString m_heading;
};

} // namespace csirtkit
