#pragma once

#include "common/Page.h"

#include <QJsonObject>
#include <QJsonValue>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace csirtkit {

// The build-phase worksheets (forms/phases/*.ui) in tabs. Widgets are bound to the worksheet
// fields by object name (<fieldKey>LineEdit / PlainTextEdit / TableWidget); each field is validated
// and saved as one undo step when editing of it finishes.
class WorksheetPage : public Page
{
    Q_OBJECT

public:
    explicit WorksheetPage(QWidget *parent = nullptr);
    ~WorksheetPage() override;

    QString pageId() const override { return QStringLiteral("worksheets"); }
    QString title() const override { return tr("Worksheets"); }
    QString iconName() const override { return QStringLiteral(":/icons/worksheets.svg"); }
    void setSession(WorkspaceSession *session) override;

    bool showWorksheet(const QString &kind);
    QString errorText() const;
    // Validates and stores one field as an undo step; false (with the message shown) when refused.
    bool commit(const QString &kind, const QString &key, const QJsonValue &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Sheet;
    void reload();
    void bind(Sheet &sheet);
    QJsonValue tableValue(const QTableWidget *table, const QStringList &columns) const;
    void showError(const QString &message);

    WorkspaceSession *m_session = nullptr;
    QLabel *m_titleLabel;
    QLabel *m_error;
    QTabWidget *m_tabs;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
    QHash<QString, QJsonObject> m_values;
    bool m_loading = false;
};

} // namespace csirtkit
