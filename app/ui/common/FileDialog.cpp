#include "common/FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <optional>

namespace csirtkit {

namespace {
std::optional<QString> g_next;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_next)
        return false;
    *fileName = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

QString FileDialog::workspaceFilter()
{
    return QCoreApplication::translate("csirtkit::FileDialog", "CSIRT Kit workspaces (*.csirt);;All files (*)");
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace csirtkit
