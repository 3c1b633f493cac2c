// Tells page headings whether the reader has navigated inside the app (so focus should move to them).
import { createContext } from 'react';

export const HasNavigatedContext = createContext(false);
