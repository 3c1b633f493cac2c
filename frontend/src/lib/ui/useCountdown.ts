// Seconds left until a refusal expires ("try again in N seconds"), counting down once a second.
import { useCallback, useEffect, useState } from 'react';

export interface Countdown {
  /** 0 when nothing is being waited for. */
  secondsLeft: number;
  start: (seconds: number) => void;
}

export function useCountdown(): Countdown {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);

  useEffect(() => {
    if (deadline === null) {
      return;
    }
    // Measured against the deadline, not counted: a busy or background tab fires timers late.
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        clearInterval(timer);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const start = useCallback((seconds: number) => {
    setDeadline(Date.now() + seconds * 1000);
    setSecondsLeft(seconds);
  }, []);

  return { secondsLeft, start };
}
