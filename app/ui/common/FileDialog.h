#pragma once

#include <QString>

class QWidget;

namespace csirtkit {

// File pickers go through here so GUI tests can answer them (setNextFileName) without a dialog.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString workspaceFilter();

    static void setNextFileName(const QString &fileName); // an empty string answers "cancel"

private:
    static bool takeNext(QString *fileName);
};

} // namespace csirtkit
