import { useEffect, useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/index.tsx';

export type ScreenChunk<P> = ComponentType<P> & {
  /** Starts loading the screen's code (once); later calls return the same promise. */
  preload(): Promise<unknown>;
};

/**
 * A screen whose code is a chunk of its own, loaded when first shown (or preloaded). Not React.lazy: React 19
 * holds a Suspense boundary's content until 300 ms after its fallback appeared, so a screen whose 10 KB chunk
 * arrived in 20 ms showed, and asked the background for its data, 300 ms after the click. Here the screen
 * renders as soon as its code is in (a plain state update), with an empty busy main until then.
 */
export function screenChunk<P extends object>(load: () => Promise<ComponentType<P>>): ScreenChunk<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // a later open tries again
        throw error;
      },
    ));

  function Screen(props: P) {
    const { t } = useI18n();
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      // Also when the code arrived between this render and this effect: the promise is kept, so it answers.
      let live = true;
      preload().then(
        (c) => live && setComponent(() => c),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = component ?? loaded;
    if (Loaded) return <Loaded {...props} />;
    if (failed) {
      return (
        <main>
          <p role="alert" className="error">
            {t('common.screenLoadFailed')}
          </p>
        </main>
      );
    }
    return <main aria-busy="true" />;
  }
  return Object.assign(Screen, { preload });
}
