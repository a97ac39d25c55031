#pragma once

#include "incidents/IncidentTab.h"

#include <QTimeZone>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace csirtkit {

class HighlightedTextViewer;

// Pasted log excerpts, mail headers, scripts and configurations of one incident, shown read-only
// with KSyntaxHighlighting. The syntax is chosen by the user or, automatically, from the title (a
// file name) and then the content.
class ArtefactsTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit ArtefactsTab(QWidget *parent = nullptr);
    ~ArtefactsTab() override;

    QString title() const override;
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

    // The definition name the automatic choice gives `title` and `content`; empty for plain text.
    static QString guessSyntax(const QString &title, const QString &content);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSyntaxes();
    void updateAutomatic();
    void reload();
    void showSelected();
    void updateButtons();
    qint64 selectedId() const;
    void addArtefact();
    void removeArtefact();

    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
    int m_count = 0;
    QTimeZone m_zone;

    QLabel *m_emptyLabel;
    QTreeWidget *m_view;
    QPushButton *m_remove;
    HighlightedTextViewer *m_viewer;
    QGroupBox *m_addBox;
    QLabel *m_titleLabel, *m_syntaxLabel, *m_contentLabel;
    QLineEdit *m_title;
    QComboBox *m_syntax;
    QPlainTextEdit *m_content;
    QPushButton *m_add;
};

} // namespace csirtkit
