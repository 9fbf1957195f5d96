/** Sets the tab's title while a screen is shown ("Trang điều hành — DX-IOC"). */
import { useEffect } from 'react';

export function useDocumentTitle(title: string, appName = 'DX-IOC'): void {
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
