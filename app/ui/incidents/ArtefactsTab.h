#pragma once

#include "incidents/RecordTab.h"

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
class ArtefactsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit ArtefactsTab(QWidget *parent = nullptr);
    ~ArtefactsTab() override;

    QString title() const override;

    // The definition name the automatic choice gives `title` and `content`; empty for plain text.
    static QString guessSyntax(const QString &title, const QString &content);

private:
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Artefacts"); }
    void retranslate() override;
    void updateButtons() override;
    void fillSyntaxes();
    void updateAutomatic();
    void showSelected();
    void addArtefact();
    void removeArtefact();

    int m_count = 0;

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
